// Subscribes to a DockingGraph with one of the npm clients and prints one JSON line per event:
//   node subscribe.mjs ws|sse URL QUERY [VARIABLES_JSON] [COUNT]
// {"connected":true} once the client is connected (ws), then {"next":<result>} per result,
// {"error":<errors or close event>} on an error, {"complete":true} when the server completes.
// It exits after COUNT results (default: at completion).
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [transport, url, query, variablesJson, countText] = process.argv.slice(2);
const variables = variablesJson ? JSON.parse(variablesJson) : undefined;
const count = countText ? Number(countText) : Infinity;
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

const client = transport === 'ws'
  ? createWsClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: {
        connected: () => print({ connected: true }),
        closed: (event) => print({ closed: { code: event.code, reason: event.reason } }),
      },
    })
  : createSseClient({ url, retryAttempts: 0 });

let received = 0;
const done = (code) => {
  client.dispose();
  process.exit(code);
};

client.subscribe({ query, variables }, {
  next: (result) => {
    print({ next: result });
    if (++received >= count) done(0);
  },
  error: (error) => {
    print({ error: Array.isArray(error) ? error : { code: error?.code, reason: error?.reason, message: error?.message } });
    done(0);
  },
  complete: () => {
    print({ complete: true });
    done(0);
  },
});
