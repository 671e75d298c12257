// First render of fresh questionnaire links (/q/{token}) on a phone-sized, empty-cache browser
// context, against a running Kindred, e.g. the production jar with the demo clinic:
//
//   ./mvnw -Pproduction package -DskipTests
//   KINDRED_DEMO=true KINDRED_DATA_DIR=/tmp/kindred-bench PORT=8090 KINDRED_BASE_URL=http://localhost:8090 \
//     java -jar target/kindred-0.1.0-SNAPSHOT.jar
//   npm install --prefix /tmp/pw playwright-core@1.55.0
//   NODE_PATH=/tmp/pw/node_modules node docs/bench/first-render.js http://localhost:8090 12
//
// It signs in as the demo clinician maya.rivera, adds sessions to C-0001 and invites both partners
// until it has the links, then opens each in a new context and times navigate → "Welcome" visible.
// Uses Debian's Chromium; Playwright downloads nothing.
const { chromium } = require('playwright-core');
const BASE = process.argv[2] || 'http://localhost:8090';
const N = parseInt(process.argv[3] || '12');
const args = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
  const clinician = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  clinician.setDefaultTimeout(60000);
  await clinician.goto(BASE + '/login');
  await clinician.getByLabel('Username').fill('maya.rivera');
  await clinician.getByLabel('Password', { exact: true }).fill('demo-password-2026');
  await clinician.getByRole('button', { name: 'Log in' }).click();
  await clinician.getByRole('heading', { name: 'Caseload' }).waitFor();
  await clinician.goto(BASE + '/couples/C-0001');
  await clinician.getByRole('heading', { name: 'C-0001' }).waitFor();
  const links = [];
  while (links.length < N) {
    // A new session (number and date suggested) opens its session page; "Invite both" shows two links.
    await clinician.goto(BASE + '/couples/C-0001');
    await clinician.getByRole('button', { name: 'Add session' }).click();
    await clinician.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
    await clinician.getByRole('button', { name: 'Invite both', exact: true }).click();
    await clinician.waitForFunction(() => document.querySelectorAll('vaadin-text-field').length >= 2);
    const values = await clinician.locator('vaadin-text-field').evaluateAll(fs => fs.map(f => f.value).filter(v => v && v.includes('/q/')));
    for (const v of values) if (!links.includes(v)) links.push(v);
  }
  const times = [];
  for (const link of links.slice(0, N)) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome' }).waitFor({ timeout: 60000 });
    times.push(Date.now() - t0);
    await ctx.close();
  }
  console.log('first renders (ms):', times.join(' '));
  const rest = times.slice(1).sort((a, b) => a - b);
  console.log('cold', times[0], 'median', rest[Math.floor(rest.length / 2)], 'worst', rest[rest.length - 1]);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
