#!/usr/bin/env bash
# `npm test`: every check and test on a fresh machine. Installs what it needs
# (npm packages from the lock file; Debian's chromium when /usr/bin/chromium is
# missing; never a browser download), runs check, unit + component tests, the
# build and the browser tests, and ends with one line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi
if [ ! -x /usr/bin/chromium ]; then
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium \
		|| { echo "0 passed, 1 failed"; exit 1; }
fi

passed=0
failed=0
count() { # $1: json file, $2: node expression over r giving "passed failed"
	if [ -f "$1" ]; then
		read -r p f < <(node -e "const r=require('./$1');const [p,f]=$2;console.log(p,f)")
		passed=$((passed + p)); failed=$((failed + f))
	else
		failed=$((failed + 1))
	fi
}

echo "== check (prettier, eslint, svelte-check, tsc)"
if npm run -s check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

echo "== unit and component tests (vitest)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
count test-results/vitest.json "[r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0)]"

echo "== build"
if npm run -s build; then
	passed=$((passed + 1))
	echo "== browser tests (playwright, Debian chromium)"
	rm -f test-results/playwright.json
	PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json
	count test-results/playwright.json "[r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors.length ? 1 : 0)]"
else
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
