// npm run ranking:replay -- <offerId>: replays, bit for bit, every ranking frozen for an offer
// (from the inputs and rule stored with it, and from the candidacies and rule version stored in the
// database) and prints the result. Exit code 0 when every replay is identical, 1 otherwise, 2 on
// a usage error or when nothing is frozen yet.
import { loadConfig } from '../config/env.js';
import { formatReplay, replayOffer } from '../modules/candidacies/replay.js';
import { openConfiguredDatabase } from '../server/runtime.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function main(offerId: string | undefined): Promise<number> {
  if (!offerId || !UUID.test(offerId)) {
    console.error('Usage: npm run ranking:replay -- <offerId>');
    return 2;
  }
  const database = await openConfiguredDatabase(loadConfig());
  try {
    const report = await replayOffer(database.db, offerId);
    console.log(formatReplay(offerId, report));
    if (report.length === 0) return 2;
    return report.every((r) => r.identical && r.identicalFromSources) ? 0 : 1;
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
