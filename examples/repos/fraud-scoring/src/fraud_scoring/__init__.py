"""Real-time fraud scoring for Larkspur checkout."""
