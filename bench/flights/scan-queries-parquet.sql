-- The 12-check query of bench/flights/mlgate.yml as mlgate's ScanPlan writes it for the parquet file, before commits a24dfb8 and 733fe2e
-- (exact length, row rule), before the column checks' NULL guards were dropped (guarded) and now, and BareScan's query, for QueryCosts:
-- java -cp "$cp_duckdb" io.mlgate.bench.QueryCosts bench/flights/scan-queries-parquet.sql bench/work/data-10000000/flights.parquet
-- name: bare scan
SELECT count(*), bit_xor(hash("id")), bit_xor(hash("date")), bit_xor(hash("delay")), bit_xor(hash("distance")), bit_xor(hash("origin")), bit_xor(hash("destination")) FROM data
-- name: checks before *
SELECT count(*) AS m0,
  count_if(("id" IS NULL)) AS m1,
  count_if(("date" IS NULL)) AS m2,
  count_if(("delay" IS NULL)) AS m3,
  count_if("id" IS NOT NULL) AS m4,
  bit_count(bitstring_agg("id")) AS m5,
  count_if("delay" IS NOT NULL) AS m6,
  count_if(("delay" IS NOT NULL) AND ("delay" < -1440 OR "delay" > 1440)) AS m7,
  count_if("distance" IS NOT NULL) AS m8,
  count_if(("distance" IS NOT NULL) AND ("distance" < 1 OR "distance" > 6000)) AS m9,
  count_if("origin" IS NOT NULL) AS m10,
  count_if(("origin" IS NOT NULL) AND (CAST("origin" AS VARCHAR) NOT IN (SELECT unnest(['ABE', 'ABI', 'ABQ', 'ACT', 'ACY', 'ADQ', 'AKN', 'ALB', 'AMA', 'ANC', 'APF', 'ATL', 'AUS', 'AVL', 'AVP', 'AZO', 'BDL', 'BET', 'BFL', 'BGM', 'BGR', 'BHM', 'BIL', 'BIS', 'BMI', 'BNA', 'BOI', 'BOS', 'BPT', 'BQN', 'BRO', 'BRW', 'BTR', 'BTV', 'BUF', 'BUR', 'BWI', 'BZN', 'CAE', 'CAK', 'CDV', 'CHA', 'CHS', 'CID', 'CLE', 'CLL', 'CLT', 'CMH', 'CMI', 'COS', 'CRP', 'CRW', 'CVG', 'DAB', 'DAL', 'DAY', 'DBQ', 'DCA', 'DEN', 'DFW', 'DLG', 'DLH', 'DRO', 'DSM', 'DTW', 'DUT', 'EGE', 'ELM', 'ELP', 'ERI', 'EUG', 'EVV', 'EWR', 'EYW', 'FAI', 'FAR', 'FAT', 'FAY', 'FCA', 'FLL', 'FNT', 'FSD', 'FSM', 'FWA', 'GEG', 'GFK', 'GGG', 'GPT', 'GRB', 'GRR', 'GSO', 'GSP', 'GST', 'GTF', 'GUC', 'HDN', 'HLN', 'HNL', 'HOU', 'HPN', 'HRL', 'HSV', 'IAD', 'IAH', 'ICT', 'ILE', 'ILM', 'IND', 'ISP', 'ITH', 'ITO', 'JAC', 'JAN', 'JAX', 'JFK', 'JNU', 'KOA', 'KTN', 'LAN', 'LAS', 'LAW', 'LAX', 'LBB', 'LEX', 'LFT', 'LGA', 'LGB', 'LIH', 'LIT', 'LNK', 'LRD', 'LSE', 'LWB', 'MAF', 'MBS', 'MCI', 'MCO', 'MDT', 'MDW', 'MEM', 'MFE', 'MFR', 'MHT', 'MIA', 'MKE', 'MLB', 'MLI', 'MLU', 'MOB', 'MOT', 'MQT', 'MRY', 'MSN', 'MSO', 'MSP', 'MSY', 'MTJ', 'MYR', 'OAK', 'OGG', 'OKC', 'OMA', 'OME', 'ONT', 'ORD', 'ORF', 'ORH', 'OTZ', 'PBI', 'PDX', 'PHL', 'PHX', 'PIA', 'PIT', 'PNS', 'PSC', 'PSG', 'PSP', 'PVD', 'PWM', 'RAP', 'RDU', 'RIC', 'RNO', 'ROA', 'ROC', 'RST', 'RSW', 'SAN', 'SAT', 'SAV', 'SBA', 'SBN', 'SBP', 'SCC', 'SDF', 'SEA', 'SFO', 'SGF', 'SHV', 'SIT', 'SJC', 'SJT', 'SJU', 'SLC', 'SMF', 'SNA', 'SPS', 'SRQ', 'STL', 'STT', 'STX', 'SUX', 'SWF', 'SYR', 'TLH', 'TOL', 'TPA', 'TRI', 'TUL', 'TUS', 'TVC', 'TXK', 'TYR', 'TYS', 'VPS', 'WRG', 'XNA', 'YAK'])))) AS m11,
  count_if("destination" IS NOT NULL) AS m12,
  count_if(("destination" IS NOT NULL) AND (NOT (CAST("destination" AS VARCHAR) GLOB '[A-Z][A-Z][A-Z]'))) AS m13,
  count_if(("origin" IS NOT NULL) AND (length(CAST("origin" AS VARCHAR)) < 3 OR length(CAST("origin" AS VARCHAR)) > 3)) AS m14,
  count_if((NOT coalesce((origin <> destination), FALSE))) AS m15,
  (avg(delay)) AS m16
FROM "data"
-- name: checks guarded *
SELECT count(*) AS m0,
  count_if(("id" IS NULL)) AS m1,
  count_if(("date" IS NULL)) AS m2,
  count_if(("delay" IS NULL)) AS m3,
  count_if("id" IS NOT NULL) AS m4,
  bit_count(bitstring_agg("id")) AS m5,
  count_if("delay" IS NOT NULL) AS m6,
  count_if(("delay" IS NOT NULL) AND ("delay" < -1440 OR "delay" > 1440)) AS m7,
  count_if("distance" IS NOT NULL) AS m8,
  count_if(("distance" IS NOT NULL) AND ("distance" < 1 OR "distance" > 6000)) AS m9,
  count_if("origin" IS NOT NULL) AS m10,
  count_if(("origin" IS NOT NULL) AND (CAST("origin" AS VARCHAR) NOT IN (SELECT unnest(['ABE', 'ABI', 'ABQ', 'ACT', 'ACY', 'ADQ', 'AKN', 'ALB', 'AMA', 'ANC', 'APF', 'ATL', 'AUS', 'AVL', 'AVP', 'AZO', 'BDL', 'BET', 'BFL', 'BGM', 'BGR', 'BHM', 'BIL', 'BIS', 'BMI', 'BNA', 'BOI', 'BOS', 'BPT', 'BQN', 'BRO', 'BRW', 'BTR', 'BTV', 'BUF', 'BUR', 'BWI', 'BZN', 'CAE', 'CAK', 'CDV', 'CHA', 'CHS', 'CID', 'CLE', 'CLL', 'CLT', 'CMH', 'CMI', 'COS', 'CRP', 'CRW', 'CVG', 'DAB', 'DAL', 'DAY', 'DBQ', 'DCA', 'DEN', 'DFW', 'DLG', 'DLH', 'DRO', 'DSM', 'DTW', 'DUT', 'EGE', 'ELM', 'ELP', 'ERI', 'EUG', 'EVV', 'EWR', 'EYW', 'FAI', 'FAR', 'FAT', 'FAY', 'FCA', 'FLL', 'FNT', 'FSD', 'FSM', 'FWA', 'GEG', 'GFK', 'GGG', 'GPT', 'GRB', 'GRR', 'GSO', 'GSP', 'GST', 'GTF', 'GUC', 'HDN', 'HLN', 'HNL', 'HOU', 'HPN', 'HRL', 'HSV', 'IAD', 'IAH', 'ICT', 'ILE', 'ILM', 'IND', 'ISP', 'ITH', 'ITO', 'JAC', 'JAN', 'JAX', 'JFK', 'JNU', 'KOA', 'KTN', 'LAN', 'LAS', 'LAW', 'LAX', 'LBB', 'LEX', 'LFT', 'LGA', 'LGB', 'LIH', 'LIT', 'LNK', 'LRD', 'LSE', 'LWB', 'MAF', 'MBS', 'MCI', 'MCO', 'MDT', 'MDW', 'MEM', 'MFE', 'MFR', 'MHT', 'MIA', 'MKE', 'MLB', 'MLI', 'MLU', 'MOB', 'MOT', 'MQT', 'MRY', 'MSN', 'MSO', 'MSP', 'MSY', 'MTJ', 'MYR', 'OAK', 'OGG', 'OKC', 'OMA', 'OME', 'ONT', 'ORD', 'ORF', 'ORH', 'OTZ', 'PBI', 'PDX', 'PHL', 'PHX', 'PIA', 'PIT', 'PNS', 'PSC', 'PSG', 'PSP', 'PVD', 'PWM', 'RAP', 'RDU', 'RIC', 'RNO', 'ROA', 'ROC', 'RST', 'RSW', 'SAN', 'SAT', 'SAV', 'SBA', 'SBN', 'SBP', 'SCC', 'SDF', 'SEA', 'SFO', 'SGF', 'SHV', 'SIT', 'SJC', 'SJT', 'SJU', 'SLC', 'SMF', 'SNA', 'SPS', 'SRQ', 'STL', 'STT', 'STX', 'SUX', 'SWF', 'SYR', 'TLH', 'TOL', 'TPA', 'TRI', 'TUL', 'TUS', 'TVC', 'TXK', 'TYR', 'TYS', 'VPS', 'WRG', 'XNA', 'YAK'])))) AS m11,
  count_if("destination" IS NOT NULL) AS m12,
  count_if(("destination" IS NOT NULL) AND (NOT (CAST("destination" AS VARCHAR) GLOB '[A-Z][A-Z][A-Z]'))) AS m13,
  count_if(("origin" IS NOT NULL) AND (length(CAST("origin" AS VARCHAR)) <> 3)) AS m14,
  count(*) - coalesce(count_if((origin <> destination)), 0) AS m15,
  (avg(delay)) AS m16
FROM "data"
-- name: checks *
SELECT count(*) AS m0,
  count_if(("id" IS NULL)) AS m1,
  count_if(("date" IS NULL)) AS m2,
  count_if(("delay" IS NULL)) AS m3,
  count_if("id" IS NOT NULL) AS m4,
  bit_count(bitstring_agg("id")) AS m5,
  count_if("delay" IS NOT NULL) AS m6,
  count_if(("delay" < -1440 OR "delay" > 1440)) AS m7,
  count_if("distance" IS NOT NULL) AS m8,
  count_if(("distance" < 1 OR "distance" > 6000)) AS m9,
  count_if("origin" IS NOT NULL) AS m10,
  count_if((CAST("origin" AS VARCHAR) NOT IN (SELECT unnest(['ABE', 'ABI', 'ABQ', 'ACT', 'ACY', 'ADQ', 'AKN', 'ALB', 'AMA', 'ANC', 'APF', 'ATL', 'AUS', 'AVL', 'AVP', 'AZO', 'BDL', 'BET', 'BFL', 'BGM', 'BGR', 'BHM', 'BIL', 'BIS', 'BMI', 'BNA', 'BOI', 'BOS', 'BPT', 'BQN', 'BRO', 'BRW', 'BTR', 'BTV', 'BUF', 'BUR', 'BWI', 'BZN', 'CAE', 'CAK', 'CDV', 'CHA', 'CHS', 'CID', 'CLE', 'CLL', 'CLT', 'CMH', 'CMI', 'COS', 'CRP', 'CRW', 'CVG', 'DAB', 'DAL', 'DAY', 'DBQ', 'DCA', 'DEN', 'DFW', 'DLG', 'DLH', 'DRO', 'DSM', 'DTW', 'DUT', 'EGE', 'ELM', 'ELP', 'ERI', 'EUG', 'EVV', 'EWR', 'EYW', 'FAI', 'FAR', 'FAT', 'FAY', 'FCA', 'FLL', 'FNT', 'FSD', 'FSM', 'FWA', 'GEG', 'GFK', 'GGG', 'GPT', 'GRB', 'GRR', 'GSO', 'GSP', 'GST', 'GTF', 'GUC', 'HDN', 'HLN', 'HNL', 'HOU', 'HPN', 'HRL', 'HSV', 'IAD', 'IAH', 'ICT', 'ILE', 'ILM', 'IND', 'ISP', 'ITH', 'ITO', 'JAC', 'JAN', 'JAX', 'JFK', 'JNU', 'KOA', 'KTN', 'LAN', 'LAS', 'LAW', 'LAX', 'LBB', 'LEX', 'LFT', 'LGA', 'LGB', 'LIH', 'LIT', 'LNK', 'LRD', 'LSE', 'LWB', 'MAF', 'MBS', 'MCI', 'MCO', 'MDT', 'MDW', 'MEM', 'MFE', 'MFR', 'MHT', 'MIA', 'MKE', 'MLB', 'MLI', 'MLU', 'MOB', 'MOT', 'MQT', 'MRY', 'MSN', 'MSO', 'MSP', 'MSY', 'MTJ', 'MYR', 'OAK', 'OGG', 'OKC', 'OMA', 'OME', 'ONT', 'ORD', 'ORF', 'ORH', 'OTZ', 'PBI', 'PDX', 'PHL', 'PHX', 'PIA', 'PIT', 'PNS', 'PSC', 'PSG', 'PSP', 'PVD', 'PWM', 'RAP', 'RDU', 'RIC', 'RNO', 'ROA', 'ROC', 'RST', 'RSW', 'SAN', 'SAT', 'SAV', 'SBA', 'SBN', 'SBP', 'SCC', 'SDF', 'SEA', 'SFO', 'SGF', 'SHV', 'SIT', 'SJC', 'SJT', 'SJU', 'SLC', 'SMF', 'SNA', 'SPS', 'SRQ', 'STL', 'STT', 'STX', 'SUX', 'SWF', 'SYR', 'TLH', 'TOL', 'TPA', 'TRI', 'TUL', 'TUS', 'TVC', 'TXK', 'TYR', 'TYS', 'VPS', 'WRG', 'XNA', 'YAK'])))) AS m11,
  count_if("destination" IS NOT NULL) AS m12,
  count_if((NOT (CAST("destination" AS VARCHAR) GLOB '[A-Z][A-Z][A-Z]'))) AS m13,
  count_if((length(CAST("origin" AS VARCHAR)) <> 3)) AS m14,
  count(*) - coalesce(count_if((origin <> destination)), 0) AS m15,
  (avg(delay)) AS m16
FROM "data"
