import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DatabaseConnectionLost, isDatabaseUnavailable } from './database-unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection (PostgreSQL down)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['admin_shutdown (57P01): the server is stopping', withCode('terminating connection due to administrator command', '57P01')],
    ['cannot_connect_now (57P03): the server is starting', withCode('the database system is starting up', '57P03')],
    ['connection_failure (08006)', withCode('connection failure', '08006')],
    ['pg losing its socket', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a connection lost under a unit of work', new DatabaseConnectionLost(new QueryRunnerAlreadyReleasedError())],
    ['a driver error wrapped by TypeORM', Object.assign(new Error('QueryFailedError'), { driverError: withCode('terminating connection due to administrator command', '57P01') })],
  ])('says yes to %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', withCode('duplicate key value violates unique constraint', '23505')],
    ['a protocol violation (08P01), which is a bug of ours', withCode('bind message has 70000 parameter formats', '08P01')],
    ['a serialization failure (40001)', withCode('could not serialize access', '40001')],
    ['a syntax error (42601)', withCode('syntax error at or near', '42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    // Outside a unit of work it is a bug (a manager used after its transaction), not an outage.
    ['a query runner used after release, unwrapped', new QueryRunnerAlreadyReleasedError()],
    ['something not an Error', 'ECONNREFUSED'],
  ])('says no to %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
