import { describe, expect, it } from 'vitest';
import { LiteralGate } from './literal-gate';

describe('LiteralGate', () => {
  const gate = new LiteralGate(['sk-', 'sk-ant-', 'AKIA', '-----BEGIN', '+'], ['password', 'pass', 'token']);

  it('reports the literals that occur, with the ones contained in them', () => {
    const found = gate.present('key sk-ant-123 and AKIAXYZ, PASSWORD: x', () => 'key sk-ant-123 and akiaxyz, password: x');
    expect([...found].sort()).toEqual(['AKIA', 'pass', 'password', 'sk-', 'sk-ant-']);
  });

  it('finds literals of both first-character groups next to each other', () => {
    expect([...gate.present('sk-AKIA', () => 'sk-akia')].sort()).toEqual(['AKIA', 'sk-']);
    expect([...gate.present('+sk-', () => '+sk-')].sort()).toEqual(['+', 'sk-']);
  });

  it('reports nothing on text without the literals', () => {
    expect(gate.present('The quarterly review covers revenue.', () => 'the quarterly review covers revenue.').size).toBe(0);
  });
});
