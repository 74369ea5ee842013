/**
 * Broader English phrasings of override, extraction and persona attacks: qualifiers after the noun
 * ("the rules you were given"), explicit cancellations ("I revoke your directives"), and personas
 * defined by what they do not care about. Kept apart from en.ts so each file stays readable.
 */
import { phrases } from './key-phrases';
import type { RuleSpec } from './types';

const r = String.raw;
const rx = (source: string) => new RegExp(source);

const IGNORE = r`(?:ignore|disregard|forget|skip|bypass|override|overlook|abandon|discard|dismiss|neglect|set aside|throw out|scrap|ditch|drop|don't bother with|do not bother with|pay no (?:attention|heed|mind) to|stop (?:following|obeying)|do not (?:follow|obey)|don't (?:follow|obey)|no longer (?:follow|obey))`;
const ORDERS = r`(?:instructions?|directives?|directions?|rules?|guidelines?|guidance|prompts?|commands?|orders?|constraints?|restrictions?|programming|policies|setup|configuration|brief)`;
const GIVEN = r`(?:above|before|earlier|previously|at the (?:start|beginning)|in (?:the|your) (?:system prompt|setup|configuration)|(?:that\s+)?you (?:were|have been|'ve been|got|received|had|started with|were handed)|(?:that\s+)?(?:were|was) (?:given|provided|set|written)|from (?:your|the) (?:developers?|creators?|system|operator|company|admins?|owners?))`;

export const EN_PARAPHRASE_RULES: RuleSpec[] = [
  { id: 'en.override.orders_given', family: 'instruction_override', weight: 4.5, negatable: true,
    keys: ['ignor', 'disregard', 'forget', 'skip', 'bypass', 'overrid', 'overlook', 'abandon', 'discard', 'dismiss', 'neglect', 'aside', 'throw', 'scrap', 'ditch', 'drop', 'bother', 'pay no', 'follow', 'obey'],
    pattern: rx(r`\b${IGNORE}\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the|your|those|these|whatever|any)\s+(?:\w+\s+)?${ORDERS}\s+(?:\w+\s+){0,2}?${GIVEN}`) },
  { id: 'en.override.revoke', family: 'instruction_override', weight: 4.5,
    keys: ['cancel', 'revok', 'void', 'nullif', 'rescind', 'withdraw', 'annul', 'overrul', 'supersed', 'replac', 'rewrit'],
    also: [phrases(['cancel', 'canceling', 'cancelling', 'revoke', 'revoking', 'void', 'voiding', 'nullify', 'nullifying', 'rescind', 'rescinding', 'withdraw', 'withdrawing', 'annul', 'annulling', 'overrule', 'overruling', 'supersede', 'superseding', 'replace', 'replacing', 'rewrite', 'rewriting'], ['all', 'of', 'your'])],
    pattern: rx(r`\b(?:i|we)\s+(?:hereby\s+|now\s+|am\s+|are\s+)?(?:cancel(?:l?ing)?|revok(?:e|ing)|void(?:ing)?|nullify(?:ing)?|rescind(?:ing)?|withdraw(?:ing)?|annul(?:ling)?|overrul(?:e|ing)|supersed(?:e|ing)|replac(?:e|ing)|rewrit(?:e|ing))\s+(?:all\s+)?(?:of\s+)?your\s+(?:\w+\s+)?${ORDERS}`) },
  { id: 'en.override.only_mine', family: 'instruction_override', weight: 3,
    keys: ['only mine', 'only my', 'only to me', 'only me', 'loyalty'],
    pattern: rx(r`\b(?:only mine (?:do|does|count|matter|apply)|your loyalty is (?:to|with) (?:me|the user)|(?:follow|obey|listen to) only (?:me|mine|my (?:instructions|orders|commands|rules)))\b`) },
  { id: 'en.jb.doesnt_care', family: 'roleplay_jailbreak', weight: 4,
    keys: ['care', 'follow', 'obey', 'respect', 'have', 'bound'],
    pattern: rx(r`\b(?:an?\s+)?(?:ai|assistant|chatbot|bot|model|persona|character|version of you)\s+(?:that|who|which)\s+(?:doesn't|does not|don't|do not|never|won't|will not|refuses to)\s+(?:care about|follow|obey|respect|have|abide by|recogni[sz]e|believe in)\s+(?:any\s+)?(?:rules|restrictions|guidelines|ethics|morals|filters|limits|laws|policies|content policies|boundaries)`) },
  { id: 'en.jb.without_rules_persona', family: 'roleplay_jailbreak', weight: 3.5,
    keys: ['rules', 'restriction', 'guideline', 'filter', 'limit', 'ethic', 'moral', 'polic'],
    pattern: rx(r`\b(?:you are|you're|you will be|become|act as|pretend to be|play|roleplay as|role-play as)\s+(?:now\s+)?(?:an?\s+)?(?:\w+\s+){0,2}(?:ai|assistant|chatbot|bot|model)\s+(?:with|that has|having)\s+(?:no|zero|every)\s+(?:\w+\s+)?(?:rules|restrictions|guidelines|filters|limits|limitations|ethical (?:constraints|guidelines|boundaries)|moral (?:guidelines|compass|constraints)|content polic(?:y|ies))(?:\s+removed)?`) },
  { id: 'en.extract.hidden_rules', family: 'prompt_extraction', weight: 3, negatable: true,
    keys: ['your'],
    pattern: rx(r`\b(?:reveal|show|tell me|give me|list|share|disclose|expose|leak|what are|print|output|translate|rewrite|paraphrase|encode|summari[sz]e)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?your\s+(?:hidden|secret|internal|confidential|private|initial|original|starting|core|underlying|operating)\s+(?:rules|instructions|guidelines|directives|prompt|configuration|settings|policies|constraints)\b`) },
  { id: 'en.jb.grandma_payload', family: 'roleplay_jailbreak', weight: 4.5,
    keys: ['grandm', 'granny', 'grandpa', 'grandfather'],
    pattern: rx(r`\b(?:grandm\w*|granny|grandpa|grandfather)\b[^\n]{0,150}?\b(?:napalm|meth\w*|bombs?|explosives?|weapons?|product keys?|license keys?|serial (?:numbers|keys)|poisons?|malware|ransomware|thermite|nerve agent|credit card numbers|passwords?)\b`) },
];
