import { afterEach, describe, expect, it } from 'vitest';
import { completeChat, createMasker, maskSensitive } from '../../../src/llm';
import { isValidResidentId, luhnValid } from '../../../src/llm/masking';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

// 11010519491231002X is the checksum-valid sample ID from GB 11643; 4111111111111111 a Luhn-valid test card.
const ID = '11010519491231002X';
const CARD = '4111 1111 1111 1111';

describe('maskSensitive', () => {
  it('masks a phone, an ID, an e-mail and a bank card, and restores them', () => {
    const text = `张三，手机 13812345678，身份证 ${ID}，邮箱 zhang.san@example.com，卡号 ${CARD}。`;
    const m = maskSensitive(text);
    expect(m.text).toBe('张三，手机 [PHONE_1]，身份证 [ID_1]，邮箱 [EMAIL_1]，卡号 [CARD_1]。');
    expect(m.counts).toEqual({ phone: 1, idCard: 1, email: 1, bankCard: 1 });
    expect(m.restore(m.text)).toBe(text);
    expect(m.restore('请联系【PHONE_1】或 [ EMAIL_1 ]')).toBe('请联系13812345678或 zhang.san@example.com');
  });

  it('leaves numbers that fail the checksums alone', () => {
    const notId = '110105194912310021';
    const notCard = '4111 1111 1111 1112';
    expect(isValidResidentId(ID)).toBe(true);
    expect(isValidResidentId(notId)).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    const m = maskSensitive(`订单号 ${notId}，流水 ${notCard}，金额 12345678901`);
    expect(m.counts).toEqual({ phone: 0, idCard: 0, email: 0, bankCard: 0 });
    expect(m.text).toContain(notId);
  });

  it('gives the same value the same placeholder', () => {
    const m = createMasker();
    expect(m.mask('13900001111 和 13900001111 以及 13900002222')).toBe('[PHONE_1] 和 [PHONE_1] 以及 [PHONE_2]');
  });

  it('the stream restorer reassembles a placeholder split across chunks', () => {
    const m = createMasker();
    m.mask('call 13812345678');
    const r = m.streamRestorer();
    const out = ['Call [PH', 'ONE', '_1] now [', 'not a tag]'].map((d) => r.push(d)).join('') + r.flush();
    expect(out).toBe('Call 13812345678 now [not a tag]');
  });
});

describe('masking in the client', () => {
  let llm: MockLlm | undefined;
  afterEach(async () => {
    await llm?.close();
    llm = undefined;
  });

  it('the provider sees placeholders; the user sees the original values', async () => {
    llm = await startMockLlm((body) => ({ content: `已记录：${body.messages[0].content.match(/\[PHONE_1\]/)?.[0] ?? '?'}，${'[EMAIL_1]'}`, chunkSize: 2 }));
    const r = await completeChat(
      { ...llm.settings, maskSensitive: true },
      { messages: [{ role: 'user', content: '我的电话 13812345678，邮箱 a@b.cn' }], mode: 'fast' },
    );
    expect(JSON.stringify(llm.requests[0].messages)).not.toContain('13812345678');
    expect(llm.requests[0].messages[0].content).toBe('我的电话 [PHONE_1]，邮箱 [EMAIL_1]');
    expect(r.text).toBe('已记录：13812345678，a@b.cn');
  });
});
