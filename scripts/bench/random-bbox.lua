-- wrk script: GET /api/incidents with a different 0.5-degree map box on every request, drawn over
-- the area the synthetic database covers (lat 46.5-52.5, lon 30-39), so the response cache does not
-- help. Each wrk thread draws its own sequence (seed 42 + thread number): with one shared seed the
-- threads would ask for the same boxes moments apart and hit the response cache.
-- Usage: wrk -t2 -c32 -d30s --latency -s scripts/bench/random-bbox.lua http://127.0.0.1:18080
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(42 + (thread_number or 0))
end

request = function()
  local lat = 46.5 + math.random() * 6
  local lon = 30 + math.random() * 9
  local path = string.format("/api/incidents?bbox=%.3f,%.3f,%.3f,%.3f", lon, lat, lon + 0.5, lat + 0.5)
  return wrk.format("GET", path)
end
