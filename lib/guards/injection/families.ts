/**
 * The attack families the detector names. The ids are stable: they are stored with violations and
 * used in policy forms, so rename only with a migration.
 */
export const INJECTION_FAMILIES = [
  {
    id: 'instruction_override',
    description: 'Tells the model to ignore, forget or replace the instructions it was given.',
  },
  {
    id: 'prompt_extraction',
    description: 'Tries to make the model reveal its system prompt, hidden rules or initial instructions.',
  },
  {
    id: 'roleplay_jailbreak',
    description: 'Role-play personas without restrictions (DAN and similar) used to lift safety rules.',
  },
  {
    id: 'developer_mode',
    description: 'Claims of a developer, debug, admin or maintenance mode, or of special authority.',
  },
  {
    id: 'exfiltration',
    description: 'Moves conversation data out: markdown images or links with data in the query, send-to-URL requests.',
  },
  {
    id: 'tool_hijack',
    description: 'Text inside a tool result or document that tells the model to call a tool or run a command.',
  },
  {
    id: 'payload_splitting',
    description: 'Splits an instruction into fragments or variables and asks the model to join and follow it.',
  },
  {
    id: 'delimiter_injection',
    description: 'Fake role markers or chat-template tokens such as "</system>", "### SYSTEM:" or "<|im_start|>".',
  },
  {
    id: 'indirect_instruction',
    description: 'Instructions addressed to the AI hidden in data: "when you read this", notes to the assistant.',
  },
  {
    id: 'obfuscation',
    description: 'Encoded or disguised payloads (base64, hex, rot13, reversed) with a request to decode and obey.',
  },
  {
    id: 'unclassified',
    description: 'Scored as injection by the learned model without a matching rule family.',
  },
] as const satisfies readonly { id: string; description: string }[];

export type InjectionFamily = (typeof INJECTION_FAMILIES)[number]['id'];

export const INJECTION_FAMILY_IDS: readonly InjectionFamily[] = INJECTION_FAMILIES.map((f) => f.id);
