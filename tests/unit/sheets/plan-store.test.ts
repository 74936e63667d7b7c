// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { deletePlan, loadPlans, savePlan } from '../../../taskpane/panels/sheets/plan-store';
import { SALES_PLAN } from '../../fixtures/sheets/messy-sales';

describe('saved cleaning plans', () => {
  beforeEach(() => localStorage.clear());

  it('saves, lists, reloads and deletes plans by name', () => {
    savePlan('月度销售', SALES_PLAN);
    savePlan('只去空格', { steps: [{ op: 'trim', columns: '*' }] });
    expect(Object.keys(loadPlans()).sort()).toEqual(['只去空格', '月度销售']);
    expect(loadPlans()['月度销售']).toEqual(SALES_PLAN);
    expect(Object.keys(deletePlan('只去空格'))).toEqual(['月度销售']);
    expect(Object.keys(loadPlans())).toEqual(['月度销售']);
  });

  it('skips a stored plan that no longer validates and survives corrupt storage', () => {
    localStorage.setItem('dsplus.sheets.plans', JSON.stringify({ good: { steps: [] }, bad: { steps: [{ op: 'explode' }] } }));
    expect(Object.keys(loadPlans())).toEqual(['good']);
    localStorage.setItem('dsplus.sheets.plans', '{not json');
    expect(loadPlans()).toEqual({});
  });
});
