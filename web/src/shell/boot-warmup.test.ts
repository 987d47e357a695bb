import bootScript from '../../public/boot.js?raw';

// public/boot.js as the browser runs it: a classic script, its session restore answered by a stub.
function runBoot() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(bootScript) as () => void)();
}

let idle: (() => void)[] = [];
let frames: (() => void)[] = [];

beforeEach(() => {
  idle = [];
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(null, { status: 401 }))),
  );
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it("loads the locale's collation once the first frame is painted, its date data when the page is idle, in the shell's language", () => {
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
  expect(frames).toHaveLength(1);
  expect(idle).toHaveLength(1);

  // The frame is painted in the task after its animation callbacks.
  frames[0]!();
  expect(made).toEqual([]);
  vi.runAllTimers();
  expect(made).toEqual([['Collator', 'fr']]);
  idle[0]!();
  expect(made).toEqual([
    ['Collator', 'fr'],
    ['DateTimeFormat', 'fr', { dateStyle: 'medium', timeStyle: 'short' }],
  ]);
});
