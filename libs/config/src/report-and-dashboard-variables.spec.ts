import { AppConfig } from './app-config.js';
import { ConfigurationException } from './configuration.exception.js';
import { readEnvironment } from './read-environment.js';

const configOf = (env: NodeJS.ProcessEnv) => AppConfig.fromEnvironment(readEnvironment({ DATABASE_URL: 'postgres://u@h/db', ...env }), false);

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    configOf(env);
  } catch (error) {
    if (error instanceof ConfigurationException) return error.problems;
    throw error;
  }
  return [];
};

describe('the fiscal-year close report and queue dashboard variables', () => {
  it('default to reports 30, 7 and 1 days before 31 May, and a dashboard nobody may open', () => {
    expect(configOf({})).toMatchObject({ fiscalYearCloseReportDaysBefore: [30, 7, 1], queueDashboardTenant: null });
  });

  it('take what is set', () => {
    expect(configOf({ FISCAL_YEAR_CLOSE_REPORT_DAYS: '60, 14,0', QUEUE_DASHBOARD_TENANT: 'operator-1' })).toMatchObject({
      fiscalYearCloseReportDaysBefore: [60, 14, 0],
      queueDashboardTenant: 'operator-1',
    });
  });

  it.each([
    [{ FISCAL_YEAR_CLOSE_REPORT_DAYS: '61' }, 'FISCAL_YEAR_CLOSE_REPORT_DAYS must be days before 31 May separated by commas, each a whole number from 0 to 60 (for example 30,7,1)'],
    [{ FISCAL_YEAR_CLOSE_REPORT_DAYS: '30;7' }, 'FISCAL_YEAR_CLOSE_REPORT_DAYS must be days before 31 May separated by commas, each a whole number from 0 to 60 (for example 30,7,1)'],
    [{ FISCAL_YEAR_CLOSE_REPORT_DAYS: '-1' }, 'FISCAL_YEAR_CLOSE_REPORT_DAYS must be days before 31 May separated by commas, each a whole number from 0 to 60 (for example 30,7,1)'],
    [{ QUEUE_DASHBOARD_TENANT: 'Ichinoseki' }, 'QUEUE_DASHBOARD_TENANT must be a municipality code (lower-case letters, digits and -)'],
  ])('refuses %j', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });
});
