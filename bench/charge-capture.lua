-- wrk script: POST a DFT^P03 (two FT1 charge lines, LAB and RAD) to the charge-capture sample, each request with
-- its own control id (MSH-10 is the ERP's external document number, so a repeated id would post nothing new).
-- Counts answers that are not HTTP 200 with MSA|AA and prints them in done(), as "not_aa <n>".
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  not_aa = 0
  prefix = (os.getenv("HF_RUN") or "R") .. "-" .. tid .. "-"
  headers = {
    ["Content-Type"] = "x-application/hl7-v2+er7",
    ["X-Api-Key"] = os.getenv("HF_KEY"),
  }
end

local function dft(id)
  return "MSH|^~\\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03^DFT_P03|" .. id .. "|P|2.5\r" ..
    "EVN|P03|20261125080000\r" ..
    "PID|1||100004^^^HOSP^MR||EVERYMAN^ADAM||19700101|M\r" ..
    "PV1|1|O|LAB^1^1^HOSP|||||||LAB|||||||||V-" .. id .. "^^^HOSP^VN|BC\r" ..
    "FT1|1|TX0||20261125073000|20261125|CG|80053^Comprehensive metabolic panel^CPT|Comprehensive metabolic panel||2|91.00&USD|45.50&USD|LAB^LAB department|||LAB^^^HOSP||||3000^PROVIDER^PAT|||||80053\r" ..
    "FT1|2|TX1||20261125073000|20261125|CG|71046^Chest X-ray 2 views^CPT|Chest X-ray 2 views||1|120.00&USD|120.00&USD|RAD^RAD department|||RAD^^^HOSP||||3000^PROVIDER^PAT|||||71046\r"
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/workflows/charge-capture", headers, dft(prefix .. counter))
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, "MSA|AA|", 1, true) then
    not_aa = not_aa + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("not_aa") or 0)
  end
  io.write("not_aa " .. total .. "\n")
end
