import type { Severity } from '@/lib/guards/types';

export interface EntityTypeInfo {
  type: string;
  category: 'pii' | 'secret';
  /** Home locale of the format (`generic` when it is not tied to one country). */
  locale: string;
  severity: Severity;
  description: string;
}

type Row = [type: string, category: 'pii' | 'secret', locale: string, severity: Severity, description: string];

const ROWS: Row[] = [
  ['EMAIL', 'pii', 'generic', 'medium', 'Email address'],
  ['PHONE', 'pii', 'generic', 'medium', 'Phone number in international (E.164) or national format'],
  ['CREDIT_CARD', 'pii', 'generic', 'critical', 'Payment card number (issuer prefix and Luhn check)'],
  ['IBAN', 'pii', 'generic', 'high', 'International bank account number (mod-97 check)'],
  ['IP_ADDRESS', 'pii', 'generic', 'low', 'IPv4 or IPv6 address'],
  ['MAC_ADDRESS', 'pii', 'generic', 'low', 'Network hardware (MAC) address'],
  ['CRYPTO_WALLET', 'pii', 'generic', 'medium', 'Bitcoin (Base58Check, bech32) or Ethereum (EIP-55) wallet address'],
  ['DATE_OF_BIRTH', 'pii', 'generic', 'medium', 'Date introduced as a birth date'],
  ['PERSON', 'pii', 'generic', 'medium', 'Person name (given-name lexicon and name cues)'],
  ['STREET_ADDRESS', 'pii', 'generic', 'medium', 'Street address with house number'],
  ['US_SSN', 'pii', 'us', 'critical', 'US Social Security number'],
  ['US_ITIN', 'pii', 'us', 'critical', 'US Individual Taxpayer Identification Number'],
  ['US_PASSPORT', 'pii', 'us', 'high', 'US passport number (with passport context)'],
  ['US_DRIVER_LICENSE', 'pii', 'us', 'high', "US driver's license number (with licence context)"],
  ['US_BANK_ROUTING', 'pii', 'us', 'medium', 'US ABA routing number (checksum, with banking context)'],
  ['UK_NINO', 'pii', 'uk', 'critical', 'UK National Insurance number'],
  ['UK_NHS', 'pii', 'uk', 'high', 'UK NHS number (mod-11 check)'],
  ['UK_POSTCODE', 'pii', 'uk', 'low', 'UK postcode in an address context'],
  ['DE_TAX_ID', 'pii', 'de', 'critical', 'German tax identification number (Steuer-IdNr)'],
  ['DE_ID_CARD', 'pii', 'de', 'high', 'German identity card (Personalausweis) number'],
  ['FR_NIR', 'pii', 'fr', 'critical', 'French social security number (NIR) with key'],
  ['ES_DNI', 'pii', 'es', 'critical', 'Spanish national identity number (DNI) with check letter'],
  ['ES_NIE', 'pii', 'es', 'critical', 'Spanish foreigner identity number (NIE) with check letter'],
  ['IT_FISCAL_CODE', 'pii', 'it', 'critical', 'Italian fiscal code (codice fiscale) with check character'],
  ['NL_BSN', 'pii', 'nl', 'critical', 'Dutch citizen service number (BSN, 11-test)'],
  ['IN_AADHAAR', 'pii', 'in', 'critical', 'Indian Aadhaar number (Verhoeff check)'],
  ['IN_PAN', 'pii', 'in', 'high', 'Indian Permanent Account Number'],
  ['IN_GSTIN', 'pii', 'in', 'medium', 'Indian GST identification number (mod-36 check)'],
  ['BR_CPF', 'pii', 'br', 'critical', 'Brazilian individual taxpayer number (CPF)'],
  ['BR_CNPJ', 'pii', 'br', 'medium', 'Brazilian company registration number (CNPJ)'],
  ['CA_SIN', 'pii', 'ca', 'critical', 'Canadian Social Insurance Number (Luhn)'],
  ['AU_TFN', 'pii', 'au', 'critical', 'Australian Tax File Number'],
  ['AU_ABN', 'pii', 'au', 'medium', 'Australian Business Number (mod-89 check)'],
  ['AU_MEDICARE', 'pii', 'au', 'high', 'Australian Medicare card number'],
  ['AWS_ACCESS_KEY_ID', 'secret', 'generic', 'high', 'AWS access key id (AKIA/ASIA...)'],
  ['AWS_SECRET_ACCESS_KEY', 'secret', 'generic', 'critical', 'AWS secret access key next to its name'],
  ['GCP_SERVICE_ACCOUNT_KEY', 'secret', 'generic', 'critical', 'Google Cloud service-account private key (JSON)'],
  ['AZURE_CONNECTION_STRING', 'secret', 'generic', 'critical', 'Azure storage / Service Bus connection string with key'],
  ['AZURE_API_KEY', 'secret', 'generic', 'critical', 'Azure (OpenAI, Cognitive Services) API key in context'],
  ['OPENAI_API_KEY', 'secret', 'generic', 'critical', 'OpenAI (or OpenAI-compatible sk-) API key'],
  ['ANTHROPIC_API_KEY', 'secret', 'generic', 'critical', 'Anthropic API key'],
  ['GOOGLE_API_KEY', 'secret', 'generic', 'high', 'Google API key (AIza...)'],
  ['GOOGLE_OAUTH_SECRET', 'secret', 'generic', 'high', 'Google OAuth client secret or access token'],
  ['STRIPE_KEY', 'secret', 'generic', 'critical', 'Stripe secret, restricted or webhook key'],
  ['GITHUB_TOKEN', 'secret', 'generic', 'critical', 'GitHub personal access, OAuth, app or fine-grained token'],
  ['GITLAB_TOKEN', 'secret', 'generic', 'critical', 'GitLab access, deploy or runner token'],
  ['SLACK_TOKEN', 'secret', 'generic', 'high', 'Slack bot, user or app token'],
  ['SLACK_WEBHOOK', 'secret', 'generic', 'medium', 'Slack incoming-webhook URL'],
  ['TWILIO_CREDENTIAL', 'secret', 'generic', 'high', 'Twilio account SID or API key SID'],
  ['SENDGRID_API_KEY', 'secret', 'generic', 'high', 'SendGrid API key'],
  ['PACKAGE_REGISTRY_TOKEN', 'secret', 'generic', 'high', 'npm or PyPI publish token'],
  ['HUGGINGFACE_TOKEN', 'secret', 'generic', 'high', 'Hugging Face access token'],
  ['JWT', 'secret', 'generic', 'high', 'JSON Web Token'],
  ['PRIVATE_KEY', 'secret', 'generic', 'critical', 'PEM / OpenSSH private key block'],
  ['PASSWORD', 'secret', 'generic', 'critical', 'Password assigned in config text or stated in prose'],
  ['CONNECTION_STRING', 'secret', 'generic', 'critical', 'Database URL with user and password'],
  ['URL_WITH_CREDENTIALS', 'secret', 'generic', 'high', 'URL carrying user:password@'],
  ['GENERIC_SECRET', 'secret', 'generic', 'high', 'High-entropy token next to a key/token/secret name'],
];

/** Every entity type the detectors can report, for dashboards and policy forms. */
export const ENTITY_TYPES: readonly EntityTypeInfo[] = ROWS.map(([type, category, locale, severity, description]) => ({
  type,
  category,
  locale,
  severity,
  description,
}));

const BY_TYPE = new Map(ENTITY_TYPES.map((info) => [info.type, info]));

export function entityTypeInfo(type: string): EntityTypeInfo | undefined {
  return BY_TYPE.get(type);
}

/** Locales that have country-specific recognisers. */
export const LOCALES = ['generic', 'us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'in', 'br', 'ca', 'au'] as const;
