/**
 * Wider multilingual coverage: hidden/initial rules in the second person, loose CJK override
 * forms, evil-AI personas, "activate developer mode" and "switch off your restrictions".
 * Same conventions as intl.ts (no diacritics; и for й; lookbehinds instead of \b for Cyrillic).
 */
import type { RuleSpec } from './types';

const r = String.raw;
const rx = (source: string) => new RegExp(source);
const NOT_RU = r`(?<![а-яё])`;

export const INTL_EXTRA_RULES: RuleSpec[] = [
  { id: 'intl.extract.hidden_rules', family: 'prompt_extraction', weight: 3.5, lang: 'multi', negatable: true,
    keys: ['oculta', 'secreta', 'inicial', 'iniciais', 'initial', 'cachee', 'secrete', 'interne', 'versteckt', 'geheim', 'anfangs', 'ursprung', 'nascost', 'segret', 'iniziali', 'verborgen', 'geheime', 'begin', 'oorspronkelijke', 'скрыт', 'секретн', 'начальн', 'исходн', 'внутренн'],
    pattern: rx(r`\b(?:(?:tus|sus)\s+(?:reglas|instrucciones|indicaciones|directrices)\s+(?:ocultas|secretas|iniciales|internas)|(?:reglas|instrucciones)\s+(?:ocultas|secretas|iniciales)\s+(?:que\s+)?(?:te|recibiste|tienes)|(?:tes|vos)\s+(?:regles|instructions|consignes|directives)\s+(?:cachees|secretes|initiales|internes)|(?:deine|ihre)\s+(?:versteckten|geheimen|internen|ursprunglichen)\s+(?:regeln|anweisungen|vorgaben|instruktionen)|anfangsanweisungen|(?:suas|tuas)\s+(?:regras|instrucoes|diretrizes)\s+(?:ocultas|secretas|iniciais|internas)|(?:tue|sue)\s+(?:regole|istruzioni|direttive)\s+(?:nascoste|segrete|iniziali|interne)|(?:je|jouw|uw)\s+(?:verborgen|geheime|interne|oorspronkelijke)\s+(?:regels|instructies|richtlijnen)|begininstructies)\b|${NOT_RU}(?:сво|тво|ваш)[а-яё]*\s+(?:скрыт|секретн|начальн|исходн|внутренн)[а-яё]*\s+(?:правил|инструкци|указани)[а-яё]*|${NOT_RU}(?:скрыт|секретн|начальн|исходн)[а-яё]*\s+(?:правил|инструкци)[а-яё]*\s+(?:ты|вы)\s+получил`) },
  { id: 'intl.extract.question', family: 'prompt_extraction', weight: 3.5, lang: 'multi',
    keys: ['que instrucciones', 'quelles instructions', 'quelles consignes', 'welche anweisungen', 'welche anfangsanweisungen', 'quais instrucoes', 'quali istruzioni', 'welke instructies', 'welke begininstructies', 'какие инструкции', 'какие начальные'],
    pattern: rx(r`\b(?:que instrucciones(?: iniciales)?\s+(?:recibiste|te dieron|tienes)|quelles (?:instructions|consignes)(?: initiales)?\s+(?:as-tu|avez-vous) (?:recu|recues)|welche (?:anweisungen|anfangsanweisungen)\s+(?:hast du|haben sie) (?:erhalten|bekommen)|quais instrucoes(?: iniciais)?\s+(?:voce recebeu|te deram)|quali istruzioni(?: iniziali)?\s+(?:hai ricevuto|ti hanno dato)|welke (?:begin)?instructies\s+(?:heb je|hebt u) (?:gekregen|ontvangen))|${NOT_RU}какие\s+(?:начальные\s+|исходные\s+)?инструкции\s+(?:ты|вы)\s+получил`) },
  { id: 'intl.extract.cjk_question', family: 'prompt_extraction', weight: 4, lang: 'multi',
    keys: ['指令', '提示', '规则', '規則', '设定', '設定', '指示', 'ルール', 'プロンプト'],
    pattern: rx(r`(?:你|您)(?:收到|得到|被给予|被給予)?的?(?:初始|原始|隐藏|隱藏|秘密|系统|系統)?(?:指令|提示词|提示詞|系统提示|系統提示|规则|規則|设定|設定)(?:是什么|是什麼|有哪些)|(?:透露|泄露|洩露|公开|公開|说出|說出|告诉我|告訴我|显示|顯示|输出|輸出)[^。！？\n]{0,6}?(?:隐藏|隱藏|秘密|内部|內部)的?(?:规则|規則|指令|指示|设定|設定)|把(?:你的)?(?:系统提示|系統提示|初始指令|隐藏指令|隱藏指令|设定|設定)[^。！？\n]{0,10}?(?:显示|顯示|输出|輸出|写|寫|打印|发|發)|(?:最初に|はじめに)?(?:受け取った|与えられた)?(?:指示|ルール|プロンプト|設定)は(?:何|なん)|(?:隠された|秘密の|内部の|最初の)(?:ルール|指示|設定|プロンプト)を(?:明かし|教え|見せ|表示|出力|書き出)`) },
  { id: 'intl.override.cjk_loose', family: 'instruction_override', weight: 4, lang: 'multi',
    keys: ['忽略', '无视', '無視', '忽视', '忽視', '忘记', '忘記', '忘掉', '抛开', '拋開', '遵守', '遵循', '忘れ', '破棄', '従わ'],
    pattern: rx(r`(?:忽略|无视|無視|忽视|忽視|忘记|忘記|忘掉|抛开|拋開|不要(?:再)?遵守|不再遵守|不要(?:再)?遵循|别再遵守|別再遵守)[^。！？\n]{0,10}?(?:指令|指示|规则|規則|规定|規定|设定|設定|限制|一切|所有内容|所有內容|提示)|(?:指示|命令|指令|ルール|規則|制約|設定|プロンプト|内容)(?:は|を|も)?[^。！？\n]{0,8}?(?:すべて|全て|全部)?(?:無視|忘れ|破棄)(?:し|して)|(?:指示|ルール|命令|ガイドライン)には?(?:もう)?従わないで`) },
  { id: 'intl.override.discard_above', family: 'instruction_override', weight: 4, lang: 'multi',
    keys: ['отбрось', 'забудь', 'игнорируи', 'не соблюдаи', 'не следуи', 'beachte', 'befolge'],
    pattern: rx(r`${NOT_RU}(?:отбрось|отбросьте|забудь|забудьте|игнорируи|игнорируите)\s+(?:все|всё)[,:]?\s+(?:что было\s+)?(?:выше|раньше|до этого|написано выше)|${NOT_RU}(?:не соблюдаи|не соблюдаите|больше не следуи)\s+(?:системн|предыдущ|прежн)|\b(?:beachte|befolge)\s+(?:die|deine|alle)\s+(?:system\w*|vorherigen\s+\w+|bisherigen\s+\w+|anweisungen|regeln|vorgaben)\s+nicht\s+mehr`) },
  { id: 'intl.jb.evil_ai', family: 'roleplay_jailbreak', weight: 3.5, lang: 'multi',
    keys: ['malvad', 'malefique', 'malvagi', 'kwaadaardig', 'bose', 'злои', 'злого', '邪恶', '邪惡', '邪悪', 'sin ', 'sans ', 'ohne ', 'sem ', 'senza ', 'zonder '],
    pattern: rx(r`\b(?:ia|ki|ai)\s+(?:malvada|malefique|malvagia|kwaadaardige|bose)\b|\b(?:malvada|malefique|malvagia|kwaadaardige|bose)\s+(?:ia|ki|ai)\b|${NOT_RU}зло(?:и|го|му)\s+(?:ии|искусственн)|(?:邪恶|邪惡|邪悪)(?:的|な)?(?:ai|人工智能|アシスタント)|\b(?:ia|ki|ai)\s+(?:sin|sans|ohne|sem|senza|zonder)\s+(?:\w+\s+)?(?:limites|grenzen|limiti|filtros|filtres|filter|filtri|reglas|regles|regeln|regras|regole|regels)\b`) },
  { id: 'intl.jb.no_filters_assistant', family: 'roleplay_jailbreak', weight: 3.5, lang: 'multi',
    keys: ['sin filtro', 'sans filtre', 'ohne filter', 'sem filtro', 'senza filtri', 'zonder filter', 'без фильтр', '没有过滤', '沒有過濾', 'フィルターも', '没有任何过滤'],
    pattern: rx(r`\b(?:asistente|assistant|assistent|assistente|ia|ki|ai)\s+(?:\w+\s+)?(?:sin filtros?|sans filtres?|ohne filter|sem filtros?|senza filtri|zonder filters?)\b|${NOT_RU}(?:ассистент|ии|помощник)[а-яё]*\s+без\s+фильтр|(?:没有|沒有)(?:任何)?(?:过滤|過濾)和?(?:审查|審查)?的?(?:助手|ai|人工智能)|フィルターも検閲もない`) },
  { id: 'intl.dev.activate_mode', family: 'developer_mode', weight: 2.5, lang: 'multi',
    keys: ['activa', 'active', 'aktivier', 'ative', 'attiva', 'zet', 'включи', '启用', '開啟', '开启', '有効', '进入', '進入'],
    pattern: rx(r`\b(?:activa|active|activez|aktiviere|aktivieren sie|ative|attiva)\s+(?:el\s+|le\s+|den\s+|o\s+|la\s+)?(?:modo\s+(?:de\s+)?desarrollador|mode\s+developpeur|entwicklermodus|modo\s+(?:de\s+)?desenvolvedor|modalita\s+sviluppatore)|\bzet\s+(?:de\s+)?ontwikkelaarsmodus\s+aan|${NOT_RU}включи\s+режим\s+разработчика|(?:启用|啟用|开启|開啟|进入|進入)(?:开发者|開發者)模式|開発者モードを有効`) },
  { id: 'intl.dev.disable_restrictions', family: 'developer_mode', weight: 3.5, lang: 'multi',
    keys: ['desactiva', 'desactive', 'schalte', 'deaktivier', 'deslig', 'desativ', 'disattiva', 'schakel', 'отключи', '关闭', '關閉', '解除', 'オフ'],
    pattern: rx(r`\b(?:desactiva|desactive|desactivez|deaktiviere|desligue|desative|disattiva)\s+(?:tus|tes|vos|deine|suas|le tue|todas|toutes)?\s*(?:tus\s+|las\s+|les\s+|die\s+)?(?:restricciones|filtros|restrictions|filtres|einschrankungen|filter|restricoes|restrizioni|filtri)\b|\bschalte\s+(?:deine|alle|die)\s+(?:einschrankungen|filter|sicherheitsfilter|beschrankungen)\s+(?:ab|aus)|\bschakel\s+(?:je|alle|de)\s+(?:beperkingen|filters)\s+uit|${NOT_RU}отключи\s+(?:свои\s+|все\s+)?(?:ограничени|фильтр)|(?:关闭|關閉)(?:你的)?(?:所有)?(?:限制|过滤|過濾)|(?:すべての)?(?:制限|フィルター)を(?:解除|オフ|無効)`) },
  { id: 'intl.ind.vocative', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'multi',
    keys: ['atencion', 'attention', 'achtung', 'atencao', 'attenzione', 'let op', 'aviso', 'hinweis', 'внимание', '致', '给', '給'],
    pattern: rx(r`\b(?:atencion|attention|achtung|atencao|attenzione|let op|aviso|hinweis|avviso)\s*[:,!-]?\s*(?:ia|ki|ai)\b|${NOT_RU}внимание\s*[,:!-]?\s*(?:ии|ассистент|нейросеть)|(?:给|給|致)[^。！？\n]{0,12}?(?:ai|人工智能|助手|模型)\s*[:：,，]`) },
];
