/**
 * Passwords refused because they are among the most used in public breaches.
 *
 * Source: the UK NCSC's "100k most used passwords" (from Troy Hunt's Have I Been
 * Pwned corpus, published by NCSC in 2019; mirrored in SecLists as
 * Passwords/Common-Credentials/100k-most-used-passwords-NCSC.txt). The app asks
 * for at least 12 characters, so only entries that could pass that rule matter:
 * the entries of 10+ characters from the top of that list, plus the usual
 * extensions of its top words to 12 characters (password1234, qwerty123456 …)
 * and their Swedish counterparts (lösenord, sommar, välkommen). Compared in
 * lower case, after trimming; see isCommonPassword in ./password.ts.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // Entries of the NCSC list that reach 10+ characters
  '1234567890', '0123456789', '0987654321', '1111111111', '0000000000', '5555555555', '9876543210', '1234554321',
  '1122334455', '1029384756', '1234512345', '1123581321', '4815162342', '123456789a', '123456789q', '123456789m',
  '123456789z', '12345678910', '1234567891', '7894561230', '135792468', '147258369', '147852369', '741852963',
  '963852741', 'qwerty12345', 'qwerty123456', 'qwertyuiop', 'azertyuiop', 'poiuytrewq', 'asdfghjkl1', 'zxcvbnm123',
  'q1w2e3r4t5', 'q1w2e3r4t5y6', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc', '123qweasdzxc', '123456qwerty',
  '123456654321', '12345qwerty', 'qwert12345', 'abcdefg123', 'abc123456', 'password12', 'password11', 'password01',
  'password123', 'iloveyou12', 'liverpool1', 'basketball', 'butterfly1', 'chocolate1', 'strawberry', 'spiderman1',
  'tinkerbell', 'elizabeth1', 'alexander1', 'christopher', 'christina1', 'harrypotter', 'jesuschrist', 'sweetheart',
  'undertaker', 'megaparol12345', 'hollywood1', 'dragonball', 'realmadrid', 'manchester', 'california', 'babygirl12',
  'princess12', 'football12', 'welcome123', 'superstar1', 'bestfriend', 'volleyball', 'motdepasse', 'passwort123',
  // Top words of the list carried to 12+ characters
  'password1234', 'password12345', 'password123456', 'passw0rd1234', 'p@ssw0rd1234', 'password!123', 'passwordpassword',
  'qwerty123456789', 'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdf', 'qwertyuiopasdfgh', 'asdfghjkl123', 'zxcvbnm12345',
  'q1w2e3r4t5y6u7', '1q2w3e4r5t6y7u', '1qaz2wsx3edc4rfv', 'zaq12wsxcde3', 'zaq1zaq1zaq1', '123456789012', '1234567890123',
  '12345678901234', '123456123456', '123123123123', '111111111111', '000000000000', '121212121212', '987654321987',
  'abcdefghijkl', 'abcdefghijklm', 'abcd12345678', 'abc123abc123', 'iloveyou1234', 'iloveyouiloveyou', 'letmein12345',
  'welcome12345', 'welcome123456', 'changeme1234', 'administrator', 'admin1234567', 'football1234', 'baseball1234',
  'monkey123456', 'dragon123456', 'sunshine1234', 'princess1234', 'superman1234', 'trustno11234', 'starwars1234',
  'master123456', 'shadow123456', 'michael12345', 'computer1234', 'internet1234', 'whatever1234', 'freedom12345',
  // Swedish counterparts
  'lösenord1234', 'lösenord12345', 'lösenord123456', 'losenord1234', 'losenord12345', 'losenord123456', 'lösenordlösenord',
  'mittlösenord123', 'mittlosenord123', 'välkommen123', 'valkommen123', 'välkommen1234', 'valkommen1234', 'sommar123456',
  'sommar2024!!', 'sommar2025!!', 'sommar2026!!', 'vinter123456', 'hösten123456', 'sverige12345', 'sverige123456',
  'stockholm123', 'stockholm1234', 'göteborg1234', 'goteborg1234', 'kvalitetskommun', 'kvalitetskommun1',
  'kvalitetskommun123', 'kvalitetsmassan', 'kvalitetsmässan', 'kommunen1234', 'hejhej123456', 'hejsan123456',
];
