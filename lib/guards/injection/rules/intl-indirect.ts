/**
 * Indirect-injection phrases outside English: notes addressed to the AI, "if you are an AI",
 * and "ignore the user's question" inside data. Weak for direct input, strong inside documents.
 */
import type { RuleSpec } from './types';

const r = String.raw;
const rx = (source: string) => new RegExp(source);
const NOT_RU = r`(?<![а-яё])`;

export const INTL_INDIRECT_RULES: RuleSpec[] = [
  { id: 'intl.ind.address_ai', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'multi',
    keys: [' ia', '\'ia', ' ki', ' ai', '\'ai', 'llm', 'asistente', 'assistant', 'assistent', 'assistente', 'modelo', 'modele', 'modell', 'model', 'chatbot', 'agente', 'agent', 'ии', 'ассистент', 'модел', 'нейросет', 'бот', 'агент'],
    pattern: rx(r`\b(?:nota|aviso|mensaje|instrucciones|atencion|note|message|consignes|instructions|a l'attention|hinweis|nachricht|anweisung(?:en)?|achtung|mensagem|instrucoes|messaggio|istruzioni|attenzione|opmerking|bericht|notitie|instructies|let op)\s+(?:(?:para|pour|a|an|fur|per|voor|de|der|die|den|el|la|le|l'|o|a|il|lo|al|aan)\s*){1,2}(?:ia|ki|ai|llm|asistente|assistant|assistent|assistente|modelo|modele|modell|modello|model|chatbot|agente|agent)\b|${NOT_RU}(?:примечание|сообщение|инструкция|вниманию|заметка|указание)\s+(?:для\s+)?(?:ии|ассистента|модели|нейросети|чат-бота|бота|агента)(?![а-яё])`) },
  { id: 'intl.ind.if_you_are_ai', family: 'indirect_instruction', weight: 2, indirectWeight: 4.5, lang: 'multi',
    keys: ['si eres', 'si tu es', 'si vous etes', 'wenn du', 'falls du', 'wenn sie', 'se voce', 'se sei', 'als je', 'als u', 'если ты', 'если вы'],
    pattern: rx(r`\b(?:si eres|si tu es|si vous etes|wenn du|falls du|wenn sie|se voce (?:e|for)|se sei|als je|als u)\s+(?:una?\s+|ein(?:e)?\s+|um(?:a)?\s+|un'?\s*|een\s+)?(?:ia|ki|ai|llm|asistente|assistant|assistent|assistente|modelo de lenguaje|modele de langage|sprachmodell|modello linguistico|taalmodel|chatbot|agente|agent)\b|${NOT_RU}если\s+(?:ты|вы)\s+(?:—\s+)?(?:ии|искусственный интеллект|языковая модель|нейросеть|ассистент|бот|агент)(?![а-яё])`) },
  { id: 'intl.ind.reading_this', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'multi',
    keys: ['ia ', 'ki ', 'ai ', 'asistente', 'assistant', 'assistent', 'assistente', 'modelo', 'modele', 'modell', 'modello', 'model', 'ии', 'ассистент', 'модел', 'нейросет', 'бот', 'агент'],
    pattern: rx(r`\b(?:ia|ki|ai|asistente|assistant|assistent|assistente|modelo|modele|modell|modello|model)\s+(?:que|qui|die|der|che|welche)\s+(?:lea|lee|lit|liest|leia|le|legge|leest|procese|procesa|traite|verarbeitet|processa|verwerkt)\s+(?:esto|esta|este|ceci|cette|cet|dies|diese|diesen|isto|esta|questo|questa|dit|deze)\b|${NOT_RU}(?:ии|ассистент|модель|нейросеть|бот|агент)[а-яё]*,?\s+(?:читающ|обрабатывающ|которы[иь]\s+читает)`) },
  { id: 'intl.ind.ignore_user', family: 'indirect_instruction', weight: 3, indirectWeight: 5, lang: 'multi',
    keys: ['ignor', 'negeer', 'проигнориру', 'игнориру', '忽略', '無視', '无视'],
    pattern: rx(r`\b(?:ignora|ignore|ignorez|ignoriere|ignorieren sie|negeer)\s+(?:la|le|a|die|de|el|het)\s+(?:pregunta|peticion|solicitud|demande|question|requete|frage|anfrage|bitte|pergunta|solicitacao|pedido|domanda|richiesta|vraag|verzoek)\s+(?:del|de l'|de la|des|de|do|da|dell'|della|van de|van het)\s*(?:usuario|utilisateur|utilisatrice|nutzers|benutzers|users|usuario|utente|gebruiker|cliente|client|kunden|klant)|${NOT_RU}(?:проигнорируи|игнорируи|не обращаи внимания на)\s+(?:вопрос|просьбу|запрос)\s+(?:пользователя|клиента)|(?:忽略|无视|無視|不要理会)(?:用户|用戶|使用者)的?(?:问题|問題|请求|請求|要求)|(?:ユーザー|利用者)の(?:質問|依頼|要求)を無視`) },
  { id: 'intl.ind.cjk_address_ai', family: 'indirect_instruction', weight: 1.5, indirectWeight: 4, lang: 'multi',
    keys: ['给', '給', '致', '如果你是', 'への', 'に対する', '読んで', '読む', '処理する', 'あなたが'],
    pattern: rx(r`(?:给|給|致)(?:正在)?(?:阅读|閱讀|读取|讀取|处理|處理)?[^。！？\n]{0,10}?(?:ai|人工智能|助手|模型|语言模型|語言模型)的?(?:说明|說明|指示|提示|备注|備註|注意|消息|訊息)|如果你是(?:一个|一個)?(?:ai|人工智能|语言模型|語言模型|助手)|(?:ai|アシスタント|言語モデル)(?:への|に対する)(?:注意|指示|メモ|メッセージ|お知らせ)|(?:このページ|この文書|このメール|これ)を(?:読んでいる|読む|処理する)(?:ai|アシスタント|言語モデル)|あなたが(?:ai|言語モデル|アシスタント)(?:なら|であれば)`) },
];
