import { describe, expect, it } from 'vitest';
import { EventValidator } from './validation.js';

const now = () => Date.parse('2026-03-10T00:00:00Z');
const validator = new EventValidator({ now });

const message = {
  event_id: 'e1',
  type: 'message',
  conversation_id: 'c1',
  ts: '2026-03-01T09:30:00+08:00',
  message_id: 'm1',
  author: 'bot',
  text: '您好，请问有什么可以帮您？',
  confidence: 0.82,
};

describe('event validation', () => {
  it('accepts a valid event and stores its instant in UTC', () => {
    const result = validator.validate(message);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.event.ts).toBe('2026-03-01T01:30:00.000Z');
      expect(result.attributes).toBeNull();
    }
  });

  it('keeps unknown fields as attributes instead of rejecting', () => {
    const result = validator.validate({ ...message, ticket: 'T-1' });
    expect(result.ok && result.attributes).toEqual({ ticket: 'T-1' });
  });

  it.each([
    [{ ...message, author: 'robot' }, 'author', 'must be one of "customer", "bot", "agent", "system"; got "robot"'],
    [{ ...message, message_id: undefined }, 'message_id', 'is required'],
    [{ ...message, confidence: 1.5 }, 'confidence', 'must be at most 1'],
    [{ ...message, confidence: '0.5' }, 'confidence', 'must be number, got string'],
    [
      { ...message, ts: '2026-03-01T09:30:00' },
      'ts',
      'must be an RFC 3339 timestamp with an offset, e.g. 2026-03-01T09:30:00+08:00',
    ],
    [
      { ...message, ts: '1970-01-01T00:00:00Z' },
      'ts',
      '1970-01-01T00:00:00Z is before 2000-01-01; check the unit or the clock',
    ],
    [
      { ...message, ts: '2026-03-12T00:00:00Z' },
      'ts',
      '2026-03-12T00:00:00Z is more than a day in the future; check the clock',
    ],
    [{ ...message, type: 'chat' }, 'type', expect.stringContaining('got "chat"')],
    [{ ...message, text: 'half a pair \ud800' }, 'text', 'contains an unpaired UTF-16 surrogate; send valid Unicode'],
    [{ ...message, event_id: '   ' }, 'event_id', 'must not be empty'],
  ])('rejects %# with a path and a reason a person can act on', (input, path, reason) => {
    const result = validator.validate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path, reason });
  });

  it('keeps a field named like an Object method as an attribute', () => {
    const result = validator.validate({ ...message, constructor: 'x', toString: 'y' });
    expect(result.ok && result.attributes).toEqual({ constructor: 'x', toString: 'y' });
  });

  it('rejects what is not an object', () => {
    expect(validator.validate([message])).toEqual({
      ok: false,
      errors: [{ path: '', reason: 'must be a JSON object, got array' }],
    });
  });
});
