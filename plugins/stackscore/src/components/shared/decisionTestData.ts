import type {
  Decision,
  DecisionHistoryEntry,
} from '@stackscore/plugin-stackscore-common';
import { contentOf } from '../DecisionEditor/form';

/** Test-only: ids of the records below. */
export const ids = {
  kafka: '0b9f7a52-1c1e-4a0e-9d55-3c7a1d2f6a01',
  rabbit: '0b9f7a52-1c1e-4a0e-9d55-3c7a1d2f6a02',
  grpc: '0b9f7a52-1c1e-4a0e-9d55-3c7a1d2f6a03',
};

/** Test-only: a decision record with every field set, overridable. */
export function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: ids.kafka,
    number: 3,
    scopeKey: 'group:default/payments',
    title: 'Use Kafka for domain events',
    status: 'proposed',
    context:
      'Checkout and billing need to **react** to orders without polling.',
    drivers: ['Services keep working when a consumer is down'],
    options: [
      {
        title: 'Kafka',
        description: 'Managed cluster',
        pros: ['replayable log'],
        cons: ['operational weight'],
      },
      { title: 'RabbitMQ', pros: ['simple routing'], cons: ['no replay'] },
    ],
    outcome: 'We publish domain events to Kafka.',
    chosenOption: 'Kafka',
    consequences: 'Teams need schema discipline.',
    date: '2026-11-10',
    deciders: ['user:default/alice', 'Bob Builder'],
    scope: {
      team: 'group:default/payments',
      entities: ['component:default/checkout-api'],
    },
    links: { radarEntries: ['go'], checks: ['security.container-non-root'] },
    tags: ['event-driven'],
    version: 2,
    createdBy: 'user:default/alice',
    createdAt: '2026-11-10T09:00:00.000Z',
    updatedBy: 'user:default/bob',
    updatedAt: '2026-11-11T10:30:00.000Z',
    ...overrides,
  };
}

/** Test-only: the history of {@link decision}: created, then its context edited. */
export function history(record: Decision = decision()): {
  items: DecisionHistoryEntry[];
} {
  return {
    items: [
      {
        version: 1,
        at: record.createdAt,
        by: record.createdBy,
        action: 'created',
        changes: [],
        snapshot: contentOf(record),
      },
      {
        version: 2,
        at: record.updatedAt,
        by: record.updatedBy,
        action: 'updated',
        changes: ['context', 'tags'],
        snapshot: contentOf(record),
      },
    ],
  };
}
