import { z } from 'zod';

// Zod compiles fast validators with `new Function`, which the site's
// Content-Security-Policy (no 'unsafe-eval') forbids in the browser. Jitless
// mode validates without it; every review module takes `z` from here.
z.config({ jitless: true });

export { z };
