import { addressOfFilters, filtersFromAddress } from './case-list-filters.js';

describe('the case list filters kept in the address', () => {
  it('reads each filter from the query, and the address it writes reads back the same', () => {
    const address = 'area=%E8%88%9E%E5%B7%9D&assignedToMe=true&fiscalYear=2025&organization=5d0c4c43-1f1b-4a51-9b8e-7f3d2f0c1a2b&overdue=true&processingPeriod=past&program=%E5%8D%94%E5%83%8D%E6%94%AF%E6%8F%B4&q=R7-%E5%8D%94%E5%83%8D&state=application.submitted';
    const filters = filtersFromAddress(new URLSearchParams(address));
    expect(filters).toEqual({
      area: '舞川',
      assignedToMe: true,
      fiscalYear: 2025,
      organization: '5d0c4c43-1f1b-4a51-9b8e-7f3d2f0c1a2b',
      overdue: true,
      processingPeriod: 'past',
      program: '協働支援',
      q: 'R7-協働',
      state: 'application.submitted',
    });
    expect(addressOfFilters(filters).toString()).toBe(address);
  });

  it('leaves out what cannot be a filter, so an old or mistyped link still opens the list', () => {
    expect(filtersFromAddress(new URLSearchParams('fiscalYear=R7&state=draft&overdue=yes&processingPeriod=soon&program=%20%20&limit=500'))).toEqual({});
  });

  it('writes only what is set, whatever order the filters were chosen in', () => {
    expect(addressOfFilters({ state: 'closed', program: '', overdue: false, fiscalYear: 2024 }).toString()).toBe('fiscalYear=2024&state=closed');
  });
});
