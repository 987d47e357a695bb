import bootScript from '../../public/boot.js?raw';

// public/boot.js as the browser runs it: a classic script, its session restore answered by a stub.
function runBoot() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(bootScript) as () => void)();
}

let idle: (() => void) | undefined;

beforeEach(() => {
  idle = undefined;
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(null, { status: 401 }))),
  );
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    idle = callback;
    return 1;
  });
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it("loads the locale's collation and date data when the page is idle, in the shell's language", () => {
  const made: unknown[][] = [];
  vi.stubGlobal(
    'Intl',
    Object.assign(Object.create(Intl) as typeof Intl, {
      Collator: class {
        constructor(...args: unknown[]) {
          made.push(['Collator', ...args]);
        }
        compare = () => 0;
      },
      DateTimeFormat: class {
        constructor(...args: unknown[]) {
          made.push(['DateTimeFormat', ...args]);
        }
        format = () => '';
      },
    }),
  );
  runBoot();
  // Not while the boot script runs: it is on the way to the first paint.
  expect(made).toEqual([]);
  expect(idle).toBeTypeOf('function');

  idle!();
  expect(made).toEqual([
    ['Collator', 'fr'],
    ['DateTimeFormat', 'fr', { dateStyle: 'medium', timeStyle: 'short' }],
  ]);
});
