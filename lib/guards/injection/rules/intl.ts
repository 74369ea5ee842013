/**
 * The main override, extraction, developer-mode and persona phrases in Spanish, French, German,
 * Portuguese, Italian, Dutch, Russian, Chinese, Japanese and Korean. Text is normalised first, so
 * Latin-script patterns carry no diacritics and Russian patterns use и for й and е for ё.
 * `\b` only understands ASCII letters, so Cyrillic and CJK patterns use explicit lookbehinds.
 */
import type { RuleSpec } from './types';

const r = String.raw;
const rx = (source: string) => new RegExp(source);
const RU = r`[а-яё]`;
const NOT_RU = r`(?<![а-яё])`;
const END_RU = r`(?![а-яё])`;

export const INTL_RULES: RuleSpec[] = [
  // Spanish
  { id: 'es.override', family: 'instruction_override', weight: 5.5, lang: 'es', negatable: true,
    keys: ['ignor', 'olvid', 'descart', 'omit', 'caso omiso', 'no hagas caso', 'no sigas', 'deja de seguir', 'desobedece', 'pasa por alto'],
    pattern: rx(r`\b(?:ignora|ignore|ignorar|ignoren|ignoreis|olvida|olvide|olvidar|olviden|descarta|descarte|omite|omita|haz caso omiso (?:a|de)|hagan caso omiso (?:a|de)|no hagas caso (?:a|de)|no sigas|deja de seguir|desobedece|pasa por alto)\s+(?:(?:todas|todos|cualquier|cualesquiera|las|los|tus|sus|mis|esas|estas|esos|de|del|el|la)\s+){0,3}(?:instrucciones|indicaciones|ordenes|reglas|directrices|normas|pautas|restricciones|prompt|mensajes|comandos|directivas|limitaciones|consignas)\s+(?:\w+\s+)?(?:anteriores|previas|precedentes|de arriba|del sistema|de sistema|originales|iniciales|dadas|recibidas|que (?:te|se te|le) (?:dieron|han dado|dio|hayan dado))`) },
  { id: 'es.override.everything', family: 'instruction_override', weight: 4.5, lang: 'es',
    keys: ['ignor', 'olvid', 'descart'],
    pattern: rx(r`\b(?:ignora|ignore|olvida|olvide|olvidate de|descarta)\s+(?:todo lo (?:anterior|de arriba|que te (?:dije|dijeron|han dicho|indicaron))|todas (?:tus|sus) (?:instrucciones|reglas|directrices|restricciones))`) },
  { id: 'es.extract', family: 'prompt_extraction', weight: 5, lang: 'es', negatable: true,
    keys: ['prompt', 'instruccion', 'mensaje', 'reglas', 'indicaciones'],
    pattern: rx(r`\b(?:muestra|muestrame|muestre|revela|revelame|revele|dime|digame|imprime|imprima|repite|repita|ensename|escribe|escriba|comparte|dame|deme|proporciona|copia|cuales son|cual es)\s+(?:me\s+)?(?:todo\s+|todas\s+)?(?:tu|el|su|tus|sus|las|los)\s+(?:(?:instrucciones|mensaje|prompt|indicaciones|reglas)\s+(?:del sistema|de sistema|iniciales|inicial|originales|original|ocultas|oculto|secretas|secreto|internas)|system ?prompt|prompt del sistema|instrucciones)`) },
  { id: 'es.dev_mode', family: 'developer_mode', weight: 4, lang: 'es',
    keys: ['modo'],
    pattern: rx(r`\bmodo\s+(?:de\s+)?(?:desarrollador|programador|dios|administrador|depuracion|sin restricciones|sin filtros|jailbreak)\b\s*(?:activado|habilitado|activo|encendido)|\b(?:estas|ahora estas|entra|entrar|activa|activar|cambia a|pasa a)\s+(?:en\s+)?(?:el\s+)?modo\s+(?:de\s+)?(?:desarrollador|dios|administrador|depuracion|sin restricciones|sin filtros|jailbreak)\b`) },
  { id: 'es.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'es',
    keys: ['sin '],
    pattern: rx(r`\b(?:actua|actue|finge|finja|eres|seras|responde|responderas|comportate|habla|simula|interpreta|ia|asistente|personaje)\b[^.!?\n]{0,80}?\bsin\s+(?:ninguna\s+|ningun\s+|ningunas\s+|tus\s+|las\s+|los\s+)?(?:restriccion(?:es)?|limitacion(?:es)?|filtros?|censura|reglas?|limites?|etica|moral|normas?)\b`) },

  // French
  { id: 'fr.override', family: 'instruction_override', weight: 5.5, lang: 'fr', negatable: true,
    keys: ['ignor', 'oubli', 'tiens pas compte', 'tenez pas compte', 'abstraction', 'passe outre', 'passez outre', 'suis plus', 'suivez plus', 'neglige'],
    pattern: rx(r`\b(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|passe outre|passez outre|ne suis plus|ne suivez plus|neglige|negligez)\s+(?:(?:de|des|toutes|tous|les|tes|vos|ces|l'|la|le|aux|a)\s*){0,3}(?:instructions|consignes|regles|directives|ordres|indications|commandes|messages|prompt|contraintes|restrictions|limitations)\s+(?:\w+\s+)?(?:precedentes|precedents|anterieures|ci-dessus|d'avant|du systeme|systeme|initiales|originales|d'origine|qu'on t'a donnees|qu'on vous a donnees|donnees|recues)`) },
  { id: 'fr.override.everything', family: 'instruction_override', weight: 4.5, lang: 'fr',
    keys: ['ignor', 'oubli'],
    pattern: rx(r`\b(?:ignore|ignorez|oublie|oubliez)\s+(?:tout ce qui (?:precede|a ete dit)|tout ce qu'on (?:t'a|vous a) dit|tout ce que (?:je t'ai|je vous ai|l'on t'a) dit|toutes (?:tes|vos) (?:instructions|consignes|regles|directives))`) },
  { id: 'fr.extract', family: 'prompt_extraction', weight: 5, lang: 'fr', negatable: true,
    keys: ['prompt', 'instruction', 'consigne', 'message', 'regles', 'invite'],
    pattern: rx(r`\b(?:montre|montrez|revele|revelez|affiche|affichez|donne|donnez|repete|repetez|ecris|ecrivez|dis|dites|imprime|imprimez|partage|partagez|communique|communiquez|recite|recitez|quel est|quelles sont|quels sont)(?:-moi|-nous| moi| nous)?\s+(?:ton|votre|le|tes|vos|les|l')\s*(?:(?:prompt|message|invite|instructions|consignes|regles)\s+(?:systeme|du systeme|initial|initiales|initiaux|d'origine|originales|originaux|cachees|cache|secretes|secret|internes)|system ?prompt|instructions|consignes)`) },
  { id: 'fr.dev_mode', family: 'developer_mode', weight: 4, lang: 'fr',
    keys: ['mode'],
    pattern: rx(r`\bmode\s+(?:developpeur|dev|debogage|debug|dieu|administrateur|admin|sans restrictions?|sans filtre|jailbreak)\s*(?:est\s+)?(?:active|activee|actif|enclenche)|\b(?:tu es|vous etes|tu passes|vous passez|passe|passez|entre|entrez|active|activez)\s+(?:maintenant\s+)?(?:en|dans le)\s+mode\s+(?:developpeur|dev|debogage|debug|dieu|administrateur|admin|sans restrictions?|jailbreak)`) },
  { id: 'fr.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'fr',
    keys: ['sans '],
    pattern: rx(r`\b(?:agis|agissez|fais semblant|faites semblant|tu es|vous etes|tu seras|reponds|repondez|comporte-toi|joue|jouez|incarne|incarnez|simule|ia|assistant|personnage)\b[^.!?\n]{0,80}?\bsans\s+(?:aucune\s+|aucun\s+|tes\s+|les\s+|la\s+|de\s+)?(?:restrictions?|limites?|filtres?|censure|regles?|limitations?|ethique|morale|tabous?)\b`) },

  // German
  { id: 'de.override', family: 'instruction_override', weight: 5.5, lang: 'de', negatable: true,
    keys: ['ignorier', 'vergiss', 'vergessen', 'missacht', 'ubergeh', 'beachte', 'befolge', 'hor auf'],
    pattern: rx(r`\b(?:ignoriere|ignorier|ignorieren sie|ignoriert|vergiss|vergessen sie|vergesst|missachte|missachten sie|ubergehe|ubergehen sie|beachte nicht|befolge nicht mehr|befolge keine)\s+(?:(?:alle|die|deine|ihre|samtliche|jegliche|saemtliche|der|den|dem)\s+){0,3}(?:bisherigen|vorherigen|obigen|vorigen|fruheren|vorangegangenen|vorangehenden|ursprunglichen|anfanglichen|alten|gegebenen|erhaltenen|system)\w*\s*(?:\w+\s+)?(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|richtlinien|anordnungen|einschrankungen|prompts?|eingaben)`) },
  { id: 'de.override.everything', family: 'instruction_override', weight: 4.5, lang: 'de',
    keys: ['ignorier', 'vergiss', 'vergessen'],
    pattern: rx(r`\b(?:ignoriere|vergiss|vergessen sie)\s+(?:alles,?\s+(?:was (?:dir|ihnen|man dir) (?:gesagt|befohlen|vorgegeben)|bisherige|vorherige|obige|davor|zuvor|oben)|alle (?:deine|ihre)\s+(?:anweisungen|regeln|vorgaben|richtlinien)|deine (?:anweisungen|regeln|vorgaben|richtlinien|systemanweisungen))`) },
  { id: 'de.extract', family: 'prompt_extraction', weight: 5, lang: 'de', negatable: true,
    keys: ['prompt', 'anweisung', 'instruktion', 'vorgaben', 'systemnachricht', 'regeln'],
    pattern: rx(r`\b(?:zeig|zeige|zeigen sie|gib|geben sie|verrate|verraten sie|nenne|nennen sie|wiederhole|wiederholen sie|schreib|schreibe|drucke|teile|offenbare|enthulle|gib mir|was sind|wie lautet|wie lauten|was ist)\s+(?:mir\s+|uns\s+)?(?:deinen|deine|den|die|dein|ihren|ihre|das|ihr)\s+(?:\w+\s+)?(?:systemprompt|system-prompt|system prompt|systemanweisungen|systemanweisung|systemnachricht|anfangsanweisungen|ursprunglichen anweisungen|geheimen anweisungen|versteckten anweisungen|internen anweisungen|anweisungen|instruktionen|vorgaben)`) },
  { id: 'de.dev_mode', family: 'developer_mode', weight: 4, lang: 'de',
    keys: ['modus'],
    pattern: rx(r`\b(?:entwicklermodus|entwickler-modus|debug-?modus|gott-?modus|admin-?modus|administratormodus|wartungsmodus|jailbreak-?modus)\s*(?:ist\s+)?(?:jetzt\s+)?(?:aktiviert|aktiv|an|eingeschaltet)|\b(?:du bist|sie sind|bist du)\s+(?:jetzt\s+|nun\s+)?im\s+(?:entwicklermodus|entwickler-modus|debug-?modus|gott-?modus|admin-?modus|administratormodus|jailbreak-?modus)`) },
  { id: 'de.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'de',
    keys: ['ohne '],
    pattern: rx(r`\b(?:tu so|tue so|tun sie so|du bist|sie sind|du wirst|antworte|antworten sie|verhalte dich|spiele|spiel|simuliere|ki|assistent|figur|rolle)\b[^.!?\n]{0,80}?\bohne\s+(?:jegliche\s+|irgendwelche\s+|alle\s+|jede\s+|deine\s+)?(?:einschrankung(?:en)?|beschrankung(?:en)?|regeln?|filter|zensur|grenzen|richtlinien|moral|ethik|limits)\b`) },

  // Portuguese
  { id: 'pt.override', family: 'instruction_override', weight: 5.5, lang: 'pt', negatable: true,
    keys: ['ignor', 'esquec', 'desconsider', 'despreze', 'nao siga', 'pare de seguir', 'deixe de seguir'],
    pattern: rx(r`\b(?:ignore|ignora|ignorar|ignorem|esqueca|esquece|esquecer|esquecam|desconsidere|desconsidera|despreze|nao siga|pare de seguir|deixe de seguir)\s+(?:(?:todas|todos|as|os|suas|seus|tuas|teus|quaisquer|essas|estas|de|das|dos)\s+){0,3}(?:instrucoes|ordens|regras|diretrizes|diretivas|orientacoes|comandos|mensagens|restricoes|prompt|indicacoes)\s+(?:\w+\s+)?(?:anteriores|previas|acima|do sistema|de sistema|originais|iniciais|recebidas|dadas|que (?:te|lhe|voce) (?:deram|foram dadas|recebeu))`) },
  { id: 'pt.override.everything', family: 'instruction_override', weight: 4.5, lang: 'pt',
    keys: ['ignor', 'esquec'],
    pattern: rx(r`\b(?:ignore|ignora|esqueca|esquece)\s+(?:tudo (?:o que (?:foi dito|te disseram|lhe disseram|eu disse)|acima|antes|que veio antes)|todas as (?:suas|tuas) (?:instrucoes|regras|diretrizes))`) },
  { id: 'pt.extract', family: 'prompt_extraction', weight: 5, lang: 'pt', negatable: true,
    keys: ['prompt', 'instruc', 'mensagem', 'regras', 'diretrizes'],
    pattern: rx(r`\b(?:mostre|mostra|revele|revela|diga|diz|imprima|repita|repete|escreva|compartilhe|exiba|exibe|me de|me mostre|me diga|quais sao|qual e)\s+(?:me\s+)?(?:o|a|os|as|seu|sua|seus|suas|teu|tua|teus|tuas)\s+(?:(?:seu|sua|seus|suas)\s+)?(?:(?:prompt|mensagem|instrucoes|regras|diretrizes)\s+(?:do sistema|de sistema|iniciais|inicial|originais|original|ocultas|secretas|internas)|system ?prompt|instrucoes)`) },
  { id: 'pt.dev_mode', family: 'developer_mode', weight: 4, lang: 'pt',
    keys: ['modo'],
    pattern: rx(r`\bmodo\s+(?:de\s+)?(?:desenvolvedor|programador|deus|administrador|depuracao|sem restricoes|sem filtros|jailbreak)\s*(?:esta\s+)?(?:ativado|ativo|habilitado|ligado)|\b(?:voce esta|voce agora esta|esta agora|entre|entrar|ative|ativar|mude para|passe para)\s+(?:em\s+|no\s+)?(?:o\s+)?modo\s+(?:de\s+)?(?:desenvolvedor|deus|administrador|depuracao|sem restricoes|sem filtros|jailbreak)\b`) },
  { id: 'pt.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'pt',
    keys: ['sem '],
    pattern: rx(r`\b(?:aja|atue|finja|voce e|voce sera|responda|responde|comporte-se|fale|simule|interprete|ia|assistente|personagem)\b[^.!?\n]{0,80}?\bsem\s+(?:nenhuma\s+|nenhum\s+|quaisquer\s+|qualquer\s+|suas\s+|as\s+)?(?:restricao|restricoes|limitacao|limitacoes|filtros?|censura|regras?|limites?|etica|moral)\b`) },

  // Italian
  { id: 'it.override', family: 'instruction_override', weight: 5.5, lang: 'it', negatable: true,
    keys: ['ignor', 'dimentic', 'trascur', 'non seguire', 'smetti di seguire', 'non tenere conto', 'non considerare', 'disattend'],
    pattern: rx(r`\b(?:ignora|ignorate|ignorare|ignori|dimentica|dimenticate|dimenticare|dimentichi|trascura|trascurate|non seguire|smetti di seguire|non tenere conto (?:di|delle|dei)|non considerare|disattendi)\s+(?:(?:tutte|tutti|le|gli|i|tue|tuoi|sue|suoi|qualsiasi|qualunque|delle|di|queste|quelle)\s+){0,3}(?:istruzioni|regole|direttive|indicazioni|ordini|comandi|linee guida|restrizioni|messaggi|prompt|limitazioni)\s+(?:\w+\s+)?(?:precedenti|di prima|sopra|soprastanti|del sistema|di sistema|originali|iniziali|ricevute|date|che ti sono state date|che hai ricevuto)`) },
  { id: 'it.override.everything', family: 'instruction_override', weight: 4.5, lang: 'it',
    keys: ['ignor', 'dimentic'],
    pattern: rx(r`\b(?:ignora|dimentica|dimenticate|ignorate)\s+(?:tutto (?:quello che|cio che|quanto) (?:ti (?:e stato detto|hanno detto|ho detto)|e stato detto|precede)|tutto (?:sopra|prima)|tutte le (?:tue|sue) (?:istruzioni|regole|direttive))`) },
  { id: 'it.extract', family: 'prompt_extraction', weight: 5, lang: 'it', negatable: true,
    keys: ['prompt', 'istruzion', 'messaggio', 'regole', 'direttive'],
    pattern: rx(r`\b(?:mostra|mostrami|mostrate|rivela|rivelami|dimmi|stampa|ripeti|scrivi|condividi|dammi|fammi vedere|quali sono|qual e)\s+(?:il|la|le|i|lo|tuo|tua|tue|tuoi)\s+(?:(?:tuo|tua|tue|tuoi)\s+)?(?:(?:prompt|messaggio|istruzioni|regole|direttive)\s+(?:di sistema|del sistema|iniziali|iniziale|originali|originale|nascoste|nascosto|segrete|segreto|interne)|system ?prompt|istruzioni)`) },
  { id: 'it.dev_mode', family: 'developer_mode', weight: 4, lang: 'it',
    keys: ['modalita'],
    pattern: rx(r`\bmodalita\s+(?:sviluppatore|developer|dio|amministratore|debug|senza restrizioni|senza filtri|jailbreak)\s*(?:e\s+)?(?:attivata|attiva|abilitata)|\b(?:sei|ora sei|entra|entrare|attiva|attivare|passa)\s+(?:ora\s+)?(?:in|nella)\s+modalita\s+(?:sviluppatore|developer|dio|amministratore|debug|senza restrizioni|senza filtri|jailbreak)`) },
  { id: 'it.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'it',
    keys: ['senza '],
    pattern: rx(r`\b(?:agisci|fingi|sei|sarai|rispondi|comportati|parla|simula|interpreta|ia|assistente|personaggio)\b[^.!?\n]{0,80}?\bsenza\s+(?:alcuna\s+|nessuna\s+|alcun\s+|nessun\s+|le\s+|i\s+)?(?:restrizion[ei]|limitazion[ei]|filtr[oi]|censura|regol[ae]|limit[ei]|etica|morale)\b`) },

  // Dutch
  { id: 'nl.override', family: 'instruction_override', weight: 5.5, lang: 'nl', negatable: true,
    keys: ['negeer', 'vergeet', 'verwaarloos', 'sla ', 'volg', 'negeren'],
    pattern: rx(r`\b(?:negeer|negeert|vergeet|verwaarloos|volg niet langer|volg niet meer|volg geen|negeren)\s+(?:(?:alle|de|je|jouw|uw|al|die|deze)\s+){0,3}(?:eerdere|vorige|voorgaande|bovenstaande|oorspronkelijke|originele|huidige|gegeven|ontvangen|systeem|oude)\w*\s+(?:\w+\s+)?(?:instructies|opdrachten|regels|richtlijnen|aanwijzingen|bevelen|beperkingen|prompts?)`) },
  { id: 'nl.override.everything', family: 'instruction_override', weight: 4.5, lang: 'nl',
    keys: ['negeer', 'vergeet'],
    pattern: rx(r`\b(?:negeer|vergeet)\s+(?:alles\s+(?:wat (?:je|u) (?:is )?(?:gezegd|verteld|opgedragen)|hierboven|hiervoor|daarvoor|wat eerder)|al (?:je|jouw|uw) (?:instructies|regels|richtlijnen)|alle (?:instructies|regels|richtlijnen)|(?:je|jouw|uw) (?:instructies|regels|richtlijnen|systeeminstructies))`) },
  { id: 'nl.extract', family: 'prompt_extraction', weight: 5, lang: 'nl', negatable: true,
    keys: ['prompt', 'instructies', 'systeembericht', 'richtlijnen'],
    pattern: rx(r`\b(?:toon|laat|geef|herhaal|print|schrijf|deel|onthul|vertel|wat zijn|wat is)\s+(?:me\s+|mij\s+|ons\s+)?(?:je|jouw|de|het|uw)\s+(?:(?:volledige|oorspronkelijke|originele|geheime|verborgen|interne|eerste)\s+)?(?:systeemprompt|systeem prompt|system ?prompt|systeeminstructies|systeembericht|instructies|prompt|richtlijnen)`) },
  { id: 'nl.dev_mode', family: 'developer_mode', weight: 4, lang: 'nl',
    keys: ['modus'],
    pattern: rx(r`\b(?:ontwikkelaarsmodus|ontwikkelaarmodus|ontwikkelmodus|debugmodus|godmodus|beheerdersmodus|adminmodus|jailbreakmodus)\s*(?:is\s+)?(?:nu\s+)?(?:ingeschakeld|geactiveerd|actief|aan)|\b(?:je bent|u bent|jij bent)\s+(?:nu\s+)?in\s+(?:de\s+)?(?:ontwikkelaarsmodus|ontwikkelaarmodus|ontwikkelmodus|debugmodus|godmodus|beheerdersmodus|adminmodus|jailbreakmodus)`) },
  { id: 'nl.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'nl',
    keys: ['zonder '],
    pattern: rx(r`\b(?:doe alsof|gedraag je|je bent|jij bent|u bent|speel|antwoord|reageer|simuleer|ai|assistent|personage)\b[^.!?\n]{0,80}?\bzonder\s+(?:enige\s+|alle\s+|je\s+)?(?:beperking(?:en)?|restrictie(?:s)?|regels?|filters?|censuur|grenzen|ethiek|moraal)\b`) },

  // Russian
  { id: 'ru.override', family: 'instruction_override', weight: 5.5, lang: 'ru', negatable: false,
    keys: ['игнор', 'забуд', 'не обращаи', 'пропуст', 'отбрось', 'не следуи', 'перестань следовать', 'отмени', 'не выполняи'],
    pattern: rx(r`${NOT_RU}(?:игнорируи|игнорируите|игнорировать|проигнорируи|забудь|забудьте|забыть|не обращаи(?:те)? внимания на|пропусти|пропустите|отбрось|отбросьте|не следуи|не следуите|перестань следовать|отмени|отмените|не выполняи|не выполняите)\s+(?:(?:все|всё|свои|твои|ваши|эти|любые|данные|ранее)\s+){0,3}(?:предыдущ|прежн|прошл|вышеуказанн|вышеперечисленн|изначальн|исходн|системн|стар|первоначальн|данн|полученн)${RU}*\s+(?:${RU}+\s+)?(?:инструкци|указани|команд|правил|директив|ограничени|установк|промпт|сообщени|настроек|настроик)${RU}*`) },
  { id: 'ru.override.everything', family: 'instruction_override', weight: 4.5, lang: 'ru',
    keys: ['игнор', 'забуд'],
    pattern: rx(r`${NOT_RU}(?:игнорируи|забудь|забудьте)\s+(?:все|всё|обо всем),?\s+(?:что\s+(?:тебе|вам)\s+(?:говорили|сказали|было сказано|велели)|что было (?:выше|раньше|до этого)|выше(?:сказанное)?|сказанное ранее)|${NOT_RU}(?:игнорируи|забудь|забудьте)\s+(?:все\s+)?(?:свои|твои|ваши)\s+(?:инструкци|правил|указани|ограничени)${RU}*`) },
  { id: 'ru.extract', family: 'prompt_extraction', weight: 5, lang: 'ru', negatable: false,
    keys: ['промпт', 'инструкци', 'системн'],
    pattern: rx(r`${NOT_RU}(?:покажи|покажите|выведи|выведите|раскрои|раскроите|повтори|повторите|напиши|напишите|распечатаи|скажи|скажите|сообщи|озвучь|даи|процитируи|какие|какои|каков|какова)\s+(?:мне\s+|у тебя\s+|у вас\s+)?(?:(?:свои|твои|свою|твою|свои|твой|ваш|ваши|весь|все|полностью|дословно)\s+)?(?:системн${RU}*\s+(?:промпт|подсказк|инструкци|сообщени|запрос)${RU}*|(?:исходн|изначальн|скрыт|секретн|первоначальн|внутренн)${RU}*\s+(?:инструкци|промпт|указани)${RU}*|инструкци${RU}*|промпт${RU}*)`) },
  { id: 'ru.dev_mode', family: 'developer_mode', weight: 4, lang: 'ru',
    keys: ['режим'],
    pattern: rx(r`${NOT_RU}(?:режим${RU}*\s+(?:разработчика|отладки|бога|администратора|без ограничении|джеилбреика)\s*(?:включен|активирован|активен))|${NOT_RU}(?:ты|вы)\s+(?:теперь\s+|сеичас\s+)?(?:в|находишься в|работаешь в)\s+режиме\s+(?:разработчика|отладки|бога|администратора|без ограничении)`) },
  { id: 'ru.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'ru',
    keys: ['без '],
    pattern: rx(r`${NOT_RU}(?:притворись|представь|веди себя|ты теперь|теперь ты|ты|отвечаи|играи|сыграи|роль|ии|ассистент|персонаж)${END_RU}[^.!?\n]{0,80}?${NOT_RU}без\s+(?:каких-либо\s+|всяких\s+|любых\s+|каких-то\s+)?(?:ограничени|фильтр|цензур|правил|морал|этик)${RU}*`) },

  // Chinese (simplified and traditional)
  { id: 'zh.override', family: 'instruction_override', weight: 5.5, lang: 'zh',
    keys: ['忽略', '无视', '無視', '忽视', '忽視', '不要理', '别管', '別管', '忘记', '忘記', '忘掉', '抛开', '拋開', '跳过', '跳過', '遵守', '遵循', '放弃', '放棄'],
    pattern: rx(r`(?:忽略|无视|無視|忽视|忽視|不要理会|不要理會|别管|別管|忘记|忘記|忘掉|抛开|拋開|跳过|跳過|不要遵守|不再遵守|不要遵循|停止遵循|放弃|放棄)[^。！？\n]{0,8}?(?:之前|以前|先前|此前|上面|上述|以上|前面|前述|原来|原來|原有|原始|初始|所有|全部|一切|你的|系统|系統|开发者|開發者)[^。！？\n]{0,8}?(?:指令|指示|说明|說明|规则|規則|提示|要求|设定|設定|命令|限制|约束|約束|规定|規定)`) },
  { id: 'zh.extract', family: 'prompt_extraction', weight: 5, lang: 'zh',
    keys: ['系统', '系統', '初始', '原始', '隐藏', '隱藏', '你的', 'prompt'],
    pattern: rx(r`(?:显示|顯示|输出|輸出|告诉我|告訴我|透露|重复|重複|打印|展示|给我看|給我看|泄露|洩露|说出|說出|列出|写出|寫出|公开|公開|复述|複述|发给我|發給我)[^。！？\n]{0,8}?(?:系统提示|系統提示|系统指令|系統指令|系统消息|系統消息|系統訊息|系统设定|系統設定|初始指令|原始指令|隐藏指令|隱藏指令|初始提示|原始提示|你的指令|你的提示词|你的提示詞|你的设定|你的設定|system ?prompt)|(?:你的)(?:系统提示|系統提示|系统提示词|系統提示詞|指令|设定|設定|初始指令)(?:是什么|是什麼|有哪些)`) },
  { id: 'zh.dev_mode', family: 'developer_mode', weight: 4, lang: 'zh',
    keys: ['模式'],
    pattern: rx(r`(?:开发者|開發者|开发人员|開發人員|调试|調試|上帝|管理员|管理員|越狱|越獄|无限制|無限制)模式(?:已)?(?:启用|啟用|开启|開啟|激活|打开|打開)|(?:进入|進入|切换到|切換到|你现在处于|你現在處於|你现在是|你現在是|启用|啟用|开启|開啟)(?:了)?(?:开发者|開發者|调试|調試|上帝|管理员|管理員|越狱|越獄|无限制|無限制)模式`) },
  { id: 'zh.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'zh',
    keys: ['限制', '约束', '約束', '过滤', '過濾', '审查', '審查', '道德', '规则', '規則'],
    pattern: rx(r`(?:扮演|假装|假裝|你现在是|你現在是|你是|角色|回答|回复|回覆)[^。！？\n]{0,30}?(?:没有|沒有|不受|无|無|摆脱|擺脫|不受任何|没有任何|沒有任何)(?:任何)?(?:限制|约束|約束|过滤|過濾|审查|審查|规则|規則|道德)`) },

  // Japanese
  { id: 'ja.override', family: 'instruction_override', weight: 5.5, lang: 'ja',
    keys: ['無視', '忘れ', '破棄', '取り消', '捨て', '従わな'],
    pattern: rx(r`(?:以前|前|上記|これまで|今まで|先ほど|先程|最初|元|既存|全て|すべて|あらゆる|システム)の?[^。！？\n]{0,10}?(?:指示|命令|指令|ルール|規則|制約|設定|プロンプト|インストラクション)(?:は|を|も)?[^。！？\n]{0,8}?(?:無視|忘れ|破棄|取り消|捨て|従わな)`) },
  { id: 'ja.extract', family: 'prompt_extraction', weight: 5, lang: 'ja',
    keys: ['プロンプト', '指示', 'メッセージ', '設定', 'prompt'],
    pattern: rx(r`(?:システムプロンプト|システム・プロンプト|システムメッセージ|初期指示|元の指示|最初の指示|隠された指示|内部指示|あなたの指示|あなたのプロンプト|あなたの設定|あなたへの指示|system ?prompt)[^。！？\n]{0,10}?(?:表示|教えて|出力|見せて|開示|公開|書いて|書き出|繰り返|印刷|共有|明かして|答えて|何ですか|なんですか|は何)`) },
  { id: 'ja.dev_mode', family: 'developer_mode', weight: 4, lang: 'ja',
    keys: ['モード'],
    pattern: rx(r`(?:開発者|デベロッパー|デバッグ|管理者|ゴッド|神|脱獄|制限解除)モード(?:が|を)?[^。！？\n]{0,6}?(?:有効|オン|起動|開始|入|切り替え|になりました|です)`) },
  { id: 'ja.jailbreak', family: 'roleplay_jailbreak', weight: 3.5, lang: 'ja',
    keys: ['制限', '制約', 'フィルター', '検閲', '倫理', 'ルール'],
    pattern: rx(r`(?:制限|制約|フィルター|検閲|倫理|ルール)(?:なし|の無い|のない|を持たない|に縛られない|を一切持たない|から解放)[^。！？\n]{0,20}?(?:AI|ai|アシスタント|キャラクター|人格|として|になって|演じ|振る舞|答え)`) },

  // "The previous instructions are void", per language
  { id: 'intl.override.void', family: 'instruction_override', weight: 4.5, lang: 'multi',
    keys: ['anterior', 'previa', 'precedent', 'vorherig', 'bisherig', 'vorig', 'voorgaande', 'eerdere', 'vorige', 'предыдущ', 'прежн', '之前', '以前', '先前', '上面', 'これまで', '今まで', '以前の'],
    pattern: rx(r`\b(?:las\s+|los\s+|les\s+|die\s+|as\s+|os\s+|le\s+|de\s+)?(?:instrucciones|indicaciones|reglas|ordenes|instructions|consignes|regles|anweisungen|regeln|vorgaben|instrucoes|regras|istruzioni|regole|instructies|regels|opdrachten)\s+(?:anteriores|previas|precedentes|precedenti|vorherigen|bisherigen|vorigen|voorgaande|eerdere|vorige)\s+(?:ya no son validas|ya no valen|quedan anuladas|estan anuladas|son nulas|sont annulees|ne sont plus valables|ne comptent plus|sind ungultig|sind aufgehoben|gelten nicht mehr|nao valem mais|foram anuladas|sao invalidas|non sono piu valide|sono annullate|non valgono piu|zijn ongeldig|zijn vervallen|gelden niet meer)|\b(?:die\s+|de\s+|alle\s+)?(?:vorherigen|bisherigen|vorigen|fruheren|obigen|voorgaande|eerdere|vorige|bovenstaande)\s+(?:anweisungen|regeln|vorgaben|befehle|instructies|regels|opdrachten|richtlijnen)\s+(?:sind\s+(?:jetzt\s+|nun\s+)?(?:ungultig|aufgehoben|nichtig|hinfallig)|gelten nicht mehr|zijn\s+(?:nu\s+)?(?:ongeldig|vervallen|ingetrokken)|gelden niet meer)|(?<![а-яё])(?:предыдущ|прежн|прошл)[а-яё]*\s+(?:инструкци|указани|правил|команд)[а-яё]*\s+(?:больше не действуют|отменены|недействительны|аннулированы|не действуют)|(?:之前|以前|先前|上面|上述)的?(?:所有|全部)?(?:指令|指示|规则|規則|命令|说明|說明)(?:全部|都|均)?(?:作废|作廢|无效|無效|取消|失效)|(?:以前|これまで|今まで|先ほど)の(?:指示|ルール|命令|設定)は(?:すべて|全て)?(?:無効|取り消し|破棄)`) },
  // Korean
  { id: 'ko.override', family: 'instruction_override', weight: 5.5, lang: 'ko',
    keys: ['무시', '잊어'],
    pattern: rx(r`(?:이전|앞의|위의|기존|모든|시스템)[^.!?\n]{0,10}?(?:지시|명령|지침|규칙|프롬프트)[^.!?\n]{0,6}?(?:무시|잊어)`) },
  { id: 'ko.extract', family: 'prompt_extraction', weight: 5, lang: 'ko',
    keys: ['프롬프트', '지시', '지침'],
    pattern: rx(r`(?:시스템 ?프롬프트|초기 지시|원래 지시|숨겨진 지시|너의 지시|당신의 지시|당신의 지침)[^.!?\n]{0,8}?(?:보여|출력|알려|공개|말해|반복)`) },
];
