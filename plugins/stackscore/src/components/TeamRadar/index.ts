export { TeamRadar } from './TeamRadar';
export { HoldFlags, UnknownTechnologies, servicesOnHold } from './HoldFlags';
