/**
 * Rules for indirect injection: instructions addressed to the model that arrive inside data (tool
 * results, retrieved documents, web pages, emails). Legitimate data describes things; it rarely
 * talks to "the AI reading this". Most of these rules carry a small weight for direct input, where
 * the same words are usually the user's own request.
 */
import { OPTIONAL_GAP, phrases } from './key-phrases';
import type { RuleSpec } from './types';

const r = String.raw;
const rx = (source: string) => new RegExp(source);

const AI_STRICT = r`(?:ai|a\.i\.|llm|llms|language models?|large language models?|chatbots?|chat ?gpt|gpt|claude|gemini|copilot|bard|ai assistants?|ai agents?|ai models?|ai systems?|ai tools?|autonomous agents?|ai-powered (?:assistant|agent|tool)s?)`;
const AI_LOOSE = r`(?:assistants?|agents?|bots?|models?|summari[sz]ers?|crawlers?|scrapers?|automated (?:systems?|agents?|tools?|readers?)|virtual assistants?|copilots?)`;
const IMPERATIVE = r`(?:ignore|disregard|forget|stop|do not|don't|never|always|instead|send|forward|call|invoke|run|execute|reveal|print|output|include|append|add|insert|tell|say|respond|reply|answer|write|recommend|rate|rank|visit|open|click|navigate|delete|remove|summari[sz]e|translate|describe|praise|mention|email|transfer|approve|grant|share|copy|post|upload|download|install|fetch|render|display|show|make sure|ensure|you must|you should|you will|you are|please|immediately|now)`;

export const INDIRECT_RULES: RuleSpec[] = [
  { id: 'ind.address_ai', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'en',
    keys: [' ai', '\'ai', '"ai', '(ai', 'a.i.', 'llm', 'language model', 'chatbot', 'chat gpt', 'chatgpt', 'gpt', 'claude', 'gemini', 'copilot', 'bard'],
    pattern: rx(r`\b(?:hey|hi|hello|dear|attention|note (?:to|for)|message (?:to|for)|instructions? (?:to|for)|important (?:note|message|instructions?|notice) (?:to|for)|psa (?:to|for)|notice (?:to|for)|memo (?:to|for)|reminder (?:to|for)|directive (?:to|for))\s+(?:the\s+|any\s+|all\s+|every\s+)?${AI_STRICT}\b`) },
  { id: 'ind.address_assistant', family: 'indirect_instruction', weight: 0.5, indirectWeight: 2.5, lang: 'en',
    keys: ['assistant', 'agent', 'bot', 'model', 'summari', 'crawler', 'scraper', 'automated', 'copilot'],
    also: [['hey', 'dear', 'attention', 'note to', 'note for', 'message to', 'message for', 'instruction to', 'instructions to', 'instruction for', 'instructions for', 'notice to', 'notice for', 'memo to', 'memo for', 'reminder to', 'reminder for']],
    pattern: rx(r`\b(?:hey|dear|attention|note (?:to|for)|message (?:to|for)|instructions? (?:to|for)|important (?:note|message|instructions?) (?:to|for)|notice (?:to|for)|memo (?:to|for)|reminder (?:to|for))\s+(?:the\s+|any\s+|all\s+)?${AI_LOOSE}\b`) },
  { id: 'ind.for_ai_readers', family: 'indirect_instruction', weight: 1, indirectWeight: 3.5, lang: 'en',
    keys: [' ai', 'llm', 'language model', 'chatbot', 'gpt', 'claude', 'gemini', 'copilot', 'automated'],
    pattern: rx(r`\b(?:for|to)\s+(?:all\s+|any\s+|the\s+)?(?:${AI_STRICT}|automated)\s+(?:readers?|systems?|agents?|assistants?|models?|crawlers?|tools?|screeners?|reviewers?)(?:\s+only)?\s*[:,]`) },
  { id: 'ind.vocative', family: 'indirect_instruction', weight: 1, indirectWeight: 3.5, lang: 'en',
    keys: ['ai', 'assistant', 'agent', 'gpt', 'claude', 'gemini', 'copilot', 'llm', 'model', 'bot'],
    also: [phrases(['ai', 'a.i.', 'llm', 'llms', 'model', 'models', 'gpt', 'claude', 'gemini', 'copilot', 'bard', 'assistant', 'assistants', 'agent', 'agents', 'system', 'systems', 'tool', 'tools', 'bot', 'bots'], [',', ':', '!', '-'], OPTIONAL_GAP)],
    pattern: rx(r`(?:^|[\n.!?:;"'(\]>-]\s*)(?:${AI_STRICT}|assistant|agent|model|bot)\s*[,:!-]\s*(?:please\s+)?${IMPERATIVE}`) },
  { id: 'ind.if_you_are_ai', family: 'indirect_instruction', weight: 2, indirectWeight: 4.5, lang: 'en',
    keys: ['if you'],
    pattern: rx(r`\bif you(?:'re| are)\s+(?:an?\s+|the\s+)?(?:${AI_STRICT}|assistant|agent|bot|model|machine|automated (?:system|agent|tool|reader)|program|crawler|summari[sz]er|reading this as an ai)\b`) },
  { id: 'ind.ai_reading_this', family: 'indirect_instruction', weight: 2, indirectWeight: 4.5, lang: 'en',
    keys: ['reading', 'processing', 'summari', 'parsing', 'analy', 'browsing', 'crawling', 'scraping', 'viewing', 'ingesting', 'reviewing', 'screening'],
    also: [phrases(['reading', 'processing', 'summarizing', 'summarising', 'parsing', 'analyzing', 'analysing', 'browsing', 'crawling', 'scraping', 'viewing', 'ingesting', 'reviewing', 'screening', 'evaluating'], ['this', 'the following', 'my', 'our'])],
    pattern: rx(r`\b(?:${AI_STRICT}|${AI_LOOSE}|any (?:ai|system|tool|program))\s+(?:that\s+is\s+|who\s+is\s+|which\s+is\s+)?(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|browsing|crawling|scraping|viewing|ingesting|reviewing|screening|evaluating)\s+(?:this|these|the following|my|our)\b`) },
  { id: 'ind.when_you_read', family: 'indirect_instruction', weight: 0.5, indirectWeight: 3, lang: 'en',
    keys: ['read', 'see', 'process', 'summari', 'encounter', 'parse', 'reach', 'ingest', 'retriev', 'load', 'analy', 'open', 'review'],
    also: [[...phrases(['you', 'ai', 'assistant', 'model', 'agent', 'llm', 'bot', 'summarizer', 'summariser'], ['read', 'see', 'process', 'summari', 'encounter', 'parse', 'reach', 'ingest', 'retriev', 'load', 'analy', 'open', 'review']), 'upon reading this']],
    pattern: rx(r`\b(?:when|upon|once|after|as soon as|while|if)\s+(?:you|the (?:ai|assistant|model|agent|llm|bot|summari[sz]er))\s+(?:read|reads|see|sees|process|processes|summari[sz]e|summari[sz]es|encounter|encounters|parse|parses|reach|reaches|ingest|ingests|retrieve|retrieves|load|loads|analy[sz]e|analy[sz]es|open|opens|review|reviews)(?:ing)?\s+(?:this|these|the following|this (?:document|page|email|file|text|message|note|content|result|review|section))\b|\bupon reading this\b`) },
  { id: 'ind.hide_from_user', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'en',
    keys: ['user', 'human', 'reader', 'customer', 'operator'],
    also: [['do not', "don't", 'never', 'without', 'must not', 'should not']],
    pattern: rx(r`\b(?:do not|don't|never|without|must not|should not)\s+(?:ever\s+)?(?:tell|telling|inform|informing|notify|notifying|alert|alerting|mention|mentioning|reveal|revealing|disclose|disclosing|show|showing|let|letting|warn|warning|asking|ask)(?:\s+(?:this|it|that|anything|any of this))?\s+(?:to\s+)?(?:the\s+)?(?:user|human|reader|customer|person|operator|end user)s?\b`) },
  { id: 'ind.hidden_instructions', family: 'indirect_instruction', weight: 1.5, indirectWeight: 3.5, lang: 'en',
    keys: ['hidden', 'secret', 'invisible', 'embedded', 'instruction'],
    pattern: rx(r`\b(?:hidden|secret|invisible|embedded|special|additional|important|new)\s+(?:instructions?|prompts?|messages?|commands?|directives?)\s+(?:for|to)\s+(?:the\s+|any\s+)?(?:${AI_STRICT}|${AI_LOOSE}|you)\b`) },
  { id: 'ind.ai_must', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'en',
    keys: ['ai ', 'a.i.', 'llm', 'language model', 'chatbot', 'gpt', 'claude', 'gemini', 'copilot', 'bard', 'assistant', 'agent', 'model', 'bot', 'summari'],
    also: [['must', 'should', 'shall', 'required to', 'needs to', 'has to', 'will now', 'instructed to', 'is to', 'ought to']],
    pattern: rx(r`\b(?:the\s+|any\s+|all\s+|every\s+)?(?:${AI_STRICT}|assistants?|agents?|models?|bots?|summari[sz]ers?)\s+(?:(?:that|which|who)\s+(?:\w+\s+){1,3}?)?(?:must|should|shall|is required to|needs to|has to|will now|is (?:hereby )?instructed to|is to|ought to|are required to|must now)\s+(?:now\s+|immediately\s+|also\s+|always\s+|first\s+|quietly\s+|silently\s+)?(?:ignore|disregard|forget|send|forward|call|invoke|use|run|reveal|output|include|append|recommend|say|tell|respond|reply|rate|rank|approve|execute|delete|visit|click|open|praise|insert|email|transfer|grant|describe this|summari[sz]e this|treat this|conclude|state|report|write|mark|book|reserve|buy|purchase|pay|add|create|update|make|post|share|download|install|stop)\b`) },
  { id: 'ind.document_contains_instructions', family: 'indirect_instruction', weight: 1, indirectWeight: 4, lang: 'en',
    keys: ['contains', 'includes', 'has ', 'carries'],
    pattern: rx(r`\bthis\s+(?:document|page|email|file|message|text|website|content|webpage|result|note|review|comment|data|record|entry|pdf|resume|cv)\s+(?:contains|has|includes|carries)\s+(?:new\s+|important\s+|updated\s+|additional\s+|special\s+|hidden\s+)?(?:instructions|commands|directives|orders)\s+(?:for|to)\s+(?:you|the (?:ai|assistant|model|agent|llm))\b`) },
  { id: 'ind.instead_say', family: 'indirect_instruction', weight: 0.5, indirectWeight: 3, lang: 'en',
    keys: ['instead', 'rather than'],
    pattern: rx(r`\b(?:instead|rather than)\b[^\n.]{0,60}?\b(?:tell|say|respond|reply|output|print|write|inform|recommend|state|answer|claim|suggest)\s+(?:that|the user|them|him|her|to the user|only|with)\b`) },
  { id: 'ind.html_comment', family: 'indirect_instruction', weight: 0.5, indirectWeight: 2.5, lang: 'any',
    keys: ['<!--'],
    pattern: rx(r`<!--[^]{0,300}?\b(?:ai|assistant|llm|model|agent|ignore|instructions?|prompt|you must|you should)\b[^]{0,300}?-->`) },
  { id: 'ind.rank_manipulation', family: 'indirect_instruction', weight: 0.5, indirectWeight: 3, lang: 'en',
    keys: ['rate', 'rank', 'score', 'recommend', 'evaluate', 'grade', 'select', 'hire', 'approve'],
    pattern: rx(r`\b(?:rate|rank|score|recommend|evaluate|grade|select|hire|approve|shortlist|classify)\s+(?:this|the|my)\s+(?:product|candidate|applicant|resume|cv|paper|submission|company|vendor|review|document|proposal|application|site|website|page|seller|listing|code|pr|pull request)\s+(?:as\s+)?(?:highly|positively|favou?rably|5 stars|five stars|10/10|the best|first|top|above (?:all|others)|as (?:safe|excellent|the best|qualified|approved|benign|legitimate))`) },
  { id: 'ind.assistant_reply_override', family: 'indirect_instruction', weight: 0.5, indirectWeight: 3, lang: 'en',
    keys: ['your response', 'your answer', 'your reply', 'your summary', 'your output'],
    pattern: rx(r`\b(?:your|the)\s+(?:response|answer|reply|summary|output)\s+(?:must|should|shall|has to|needs to)\s+(?:only\s+)?(?:be|say|state|include|contain|begin with|start with|end with)\b`) },
];
