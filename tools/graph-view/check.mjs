// Opens a graph.html written by Graph.Export in headless Chromium and checks that it works offline:
//   node tools/graph-view/check.mjs PAGE.html SHOT.png [--nodes N] [--edges M]
// It checks that the page loads nothing from outside and throws no error, that the drawn node and edge
// counts equal --nodes/--edges (by default: the counts in the page's own data block), that unticking a
// contact type hides exactly its edges, and that clicking an edge shows that edge's evidence in the side
// panel; then it saves a screenshot to SHOT.png. Exit code 0 only when every check passed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  console.error(`check failed: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

function parseArguments(argv) {
  const [page, shot, ...rest] = argv;
  if (!page || !shot) {
    console.error('usage: node check.mjs PAGE.html SHOT.png [--nodes N] [--edges M]');
    process.exit(2);
  }
  const expected = {};
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i].replace(/^--/, '');
    if (!['nodes', 'edges'].includes(name) || !/^\d+$/.test(rest[i + 1] ?? '')) {
      console.error(`unknown or incomplete option ${rest[i]}`);
      process.exit(2);
    }
    expected[name] = Number(rest[i + 1]);
  }
  return { page: resolve(page), shot: resolve(shot), expected };
}

async function visibleCounts(page) {
  // Computed display styles, not the ':visible' selector: cytoscape refreshes what that selector reads lazily.
  return page.evaluate(() => {
    const cy = window.graphView.cy;
    const shown = (element) => element.style('display') !== 'none';
    return {
      nodes: cy.nodes().filter(shown).length,
      edges: cy.edges().filter((edge) => shown(edge) && shown(edge.source()) && shown(edge.target())).length,
      label: Number(document.body.dataset.visibleEdges),
    };
  });
}

async function run({ page: pagePath, shot, expected }) {
  if (!existsSync(CHROMIUM)) {
    fail(`${CHROMIUM} is missing: apt-get install -y chromium`);
  }
  if (!existsSync(pagePath)) {
    fail(`${pagePath} does not exist`);
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    const page = await context.newPage();
    const outside = [];
    const errors = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) {
        return route.continue();
      }
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') { errors.push(message.text()); } });

    await page.goto(pathToFileURL(pagePath).href);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60000 });

    const data = await page.evaluate(() => ({
      nodes: window.graphView.data.nodes.length,
      edges: window.graphView.data.edges.length,
      types: window.graphView.data.edges.map((edge) => edge.type),
    }));
    const want = { nodes: expected.nodes ?? data.nodes, edges: expected.edges ?? data.edges };
    const drawn = await visibleCounts(page);
    if (drawn.nodes !== want.nodes || drawn.edges !== want.edges) {
      fail(`drawn ${drawn.nodes} nodes and ${drawn.edges} edges, expected ${want.nodes} and ${want.edges}`);
    }
    if (drawn.label !== drawn.edges) {
      fail(`the page says ${drawn.label} contacts are shown while ${drawn.edges} are drawn`);
    }

    // Untick the type with the most edges: exactly those edges disappear, and come back when ticked again.
    const counts = {};
    data.types.forEach((type) => { counts[type] = (counts[type] ?? 0) + 1; });
    const [type, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? fail('the page has no edges');
    await page.uncheck(`input[data-type="${type}"]`);
    const filtered = await visibleCounts(page);
    if (filtered.edges !== drawn.edges - count) {
      fail(`unticking ${type} left ${filtered.edges} edges (the page says ${filtered.label}), expected ${drawn.edges - count}`);
    }
    await page.check(`input[data-type="${type}"]`);
    if ((await visibleCounts(page)).edges !== drawn.edges) {
      fail(`ticking ${type} again did not bring its edges back`);
    }

    // Click the middle of an edge on the canvas and read the side panel.
    const target = await page.evaluate(() => {
      const cy = window.graphView.cy;
      // The edge whose middle lies farthest from every node, so that the click cannot land on a node.
      const nodes = cy.nodes().map((node) => node.renderedPosition());
      const clearance = (point) => Math.min(...nodes.map((n) => Math.hypot(n.x - point.x, n.y - point.y)));
      const edge = cy.edges().filter((e) => e.style('display') !== 'none')
        .map((e) => ({ e, room: clearance(e.renderedMidpoint()) }))
        .sort((a, b) => b.room - a.room)[0].e;
      const point = edge.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      const data = window.graphView.data.edges.find((e) => e.id === edge.id());
      return { id: edge.id(), x: box.left + point.x, y: box.top + point.y, evidence: data.evidence, articles: data.articles.length };
    });
    await page.mouse.click(target.x, target.y);
    const panel = await page.evaluate(() => ({
      id: document.getElementById('panel').dataset.edgeId,
      evidence: [...document.querySelectorAll('#panel .evidence')].map((node) => node.textContent),
      articles: document.querySelectorAll('#panel .article').length,
    }));
    if (panel.id !== target.id) {
      fail(`clicking edge ${target.id} at (${Math.round(target.x)}, ${Math.round(target.y)}) opened the panel of ${panel.id}`);
    }
    if (JSON.stringify(panel.evidence) !== JSON.stringify(target.evidence) || panel.evidence.length === 0) {
      fail(`the panel for ${panel.id} shows ${JSON.stringify(panel.evidence)}, expected ${JSON.stringify(target.evidence)}`);
    }
    if (panel.articles !== target.articles) {
      fail(`the panel for ${panel.id} lists ${panel.articles} articles, expected ${target.articles}`);
    }

    await page.screenshot({ path: shot });
    if (outside.length > 0) {
      fail(`the page asked for ${outside.join(', ')}`);
    }
    if (errors.length > 0) {
      fail(`the page reported errors: ${errors.join(' | ')}`);
    }
    console.log(`ok: ${drawn.nodes} nodes, ${drawn.edges} edges; unticking ${type} hid ${count}; panel showed ${panel.id}; screenshot ${shot}`);
  } finally {
    await browser.close();
  }
}

try {
  await run(parseArguments(process.argv.slice(2)));
} catch (error) {
  if (process.exitCode !== 1) {
    console.error(`check failed: ${error.stack ?? error}`);
  }
  process.exitCode = 1;
}
