-- wrk script for bench/run.py: an optional POST body from the environment, a count of
-- answers that are not 2xx (a redirect to sign-in would otherwise look fast), and one
-- JSON line of results at the end (wrk's --latency table has no 95th percentile).
local body = os.getenv("WRK_BODY")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local not_2xx = 0
  for _, thread in ipairs(threads) do not_2xx = not_2xx + thread:get("not_ok") end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, ' ..
    '"errors": %d, "not_2xx": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95),
    e.connect + e.read + e.write + e.timeout, not_2xx))
end
