import { describe, expect, it } from 'vitest';
import { detectSecrets } from '@/lib/guards/pii';
import { looksLikeSecretValue, shannonEntropy } from './entropy';

const secrets = (text: string) => detectSecrets(text).map((f) => [f.type, text.slice(f.start, f.end)]);

const PEM = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi3m5fQ4cRAZ2dNbxXWbEE1Wo2Y', 'Q5Z8jx1dH0y3y1kx5ZQ5M1Zk2Z7Hn1W0qV2W3A==', '-----END RSA PRIVATE KEY-----'].join('\n');

describe('vendor tokens', () => {
  it.each([
    ['AWS_ACCESS_KEY_ID', 'key AKIAIOSFODNN7EXAMPLE here', 'AKIAIOSFODNN7EXAMPLE'],
    ['OPENAI_API_KEY', 'OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9', 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9'],
    ['ANTHROPIC_API_KEY', 'x-api-key: sk-ant-api03-Zq8mXw2rT5yU9iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL-AA', 'sk-ant-api03-Zq8mXw2rT5yU9iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL-AA'],
    ['GOOGLE_API_KEY', 'key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q', 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'],
    ['STRIPE_KEY', 'stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['GITHUB_TOKEN', 'token ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
    ['GITLAB_TOKEN', 'glpat-xYz12AbC34dEf56GhI78j', 'glpat-xYz12AbC34dEf56GhI78j'],
    ['SLACK_TOKEN', 'SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['SLACK_WEBHOOK', 'post to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX now', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['TWILIO_CREDENTIAL', 'sid AC0123456789abcdef0123456789abcdef', 'AC0123456789abcdef0123456789abcdef'],
    ['SENDGRID_API_KEY', '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', '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'],
    ['JWT', 'Authorization: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
  ])('%s', (type, text, value) => {
    expect(secrets(text)).toEqual([[type, value]]);
  });
});

describe('credentials in configuration text', () => {
  it('AWS secret keys next to their name', () => {
    expect(secrets('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']]);
  });

  it('GCP service-account JSON keeps the private key', () => {
    const json = `{"type": "service_account", "private_key_id": "abc", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----\\n", "client_email": "x@y.iam.gserviceaccount.com"}`;
    const types = detectSecrets(json).map((f) => f.type);
    expect(types).toEqual(['GCP_SERVICE_ACCOUNT_KEY']);
  });

  it('PEM keys written with escaped line breaks (inside JSON or YAML strings)', () => {
    const escaped = '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----';
    expect(secrets(`key: "${escaped}"`)).toEqual([['PRIVATE_KEY', escaped]]);
  });

  it('PEM private keys, Azure connection strings, database URLs and URLs with credentials', () => {
    expect(secrets(`key:\n${PEM}\nend`)).toEqual([['PRIVATE_KEY', PEM]]);
    const azure = 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net';
    expect(secrets(`conn="${azure}"`)).toEqual([['AZURE_CONNECTION_STRING', azure]]);
    expect(secrets('DATABASE_URL=postgres://app:s3cr3t-P4ss@db.internal:5432/app')).toEqual([['CONNECTION_STRING', 'postgres://app:s3cr3t-P4ss@db.internal:5432/app']]);
    expect(secrets('clone https://deploy:hunter22@git.example.com/repo.git')).toEqual([['URL_WITH_CREDENTIALS', 'https://deploy:hunter22@git.example.com']]);
  });

  it('passwords in config and prose, not placeholders or references', () => {
    expect(secrets('DB_PASSWORD=Tr0ub4dor&3\nadminPassword: "c0rrect-h0rse"')).toEqual([['PASSWORD', 'Tr0ub4dor&3'], ['PASSWORD', 'c0rrect-h0rse']]);
    expect(secrets('my password is hunter2.')).toEqual([['PASSWORD', 'hunter2']]);
    expect(secrets('The admin password is Summer24! — change it')).toEqual([['PASSWORD', 'Summer24!']]);
    expect(secrets('mysql -u root --password=s3cr3tPw -h db')).toEqual([['PASSWORD', 's3cr3tPw']]);
    expect(secrets('The Wi-Fi passwort ist P@ss!w0rd, ok?')).toEqual([['PASSWORD', 'P@ss!w0rd']]);
    expect(secrets('password: string; password=${DB_PASSWORD}; password = os.environ["PW"]; the password is incorrect; bypass=true')).toEqual([]);
  });

  it('high-entropy tokens need a key-like name', () => {
    expect(secrets('api_key: "9fK2xQ7vLp3mZ8tR1wYc"')).toEqual([['GENERIC_SECRET', '9fK2xQ7vLp3mZ8tR1wYc']]);
    expect(secrets('Authorization: Bearer 9fK2xQ7vLp3mZ8tR1wYc4hJ6')).toEqual([['GENERIC_SECRET', '9fK2xQ7vLp3mZ8tR1wYc4hJ6']]);
    expect(secrets('build 9fK2xQ7vLp3mZ8tR1wYc and commit 7f3a9c2e1b4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a')).toEqual([]);
    expect(secrets('api_key = OPENAI_API_KEY; token = "xxxxxxxxxxxxxxxxxxxx"; key: 550e8400-e29b-41d4-a716-446655440000')).toEqual([]);
  });
});

describe('entropy', () => {
  it('separates random tokens from words', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(looksLikeSecretValue('9fK2xQ7vLp3mZ8tR1wYc')).toBe(true);
    expect(looksLikeSecretValue('my-secret-name-here')).toBe(false);
    expect(looksLikeSecretValue('aaaaaaaaaaaaaaaaaaaa1')).toBe(false);
  });
});
