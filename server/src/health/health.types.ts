export type {
  AccountHealth,
  AccountProblem,
  HealthReport,
} from '../../../shared/contracts/health/health.types';
