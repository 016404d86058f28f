-- wrk script for the serve benchmark: each request asks one of the paths in the file named by
-- the PATHS environment variable (one a line, as ServeBenchmark writes them), drawn at random.
-- wrk itself reports any answer that is not 2xx/3xx ("Non-2xx or 3xx responses") and socket errors.
local paths = {}
local file = os.getenv("PATHS") or "paths.txt"

function init(args)
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
