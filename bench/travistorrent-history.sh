# Sourced by the bench scripts that read TravisTorrent-tools (pull request 20 of TestRoots/travistorrent-tools):
# tt_history TT_GIT_DIR OWNER@REPO prints build_logs/_LANGUAGE/OWNER@REPO/repo-data-travis.csv in mlgate's history format
# (sorted by build id, ISO-8601 times, the job ids dropped, negative durations left empty, unfinished builds left
# out); tt_projects TT_GIT_DIR lists the projects' OWNER@REPO names; tt_stats reads such a history on stdin and
# prints its completed builds, completed push builds and the broken share of those pushes.
tt_ref=refs/pull/20/head
# TT_LANGUAGE: the folder of build_logs/ without its underscore (java, python, go, ruby; default java)
tt_lang=${TT_LANGUAGE:-java}

# build_id,commit,pull_req,branch,status,duration,started_at,jobs...,event_type -> the history columns
tt_history() {
  git -C "$1" show "$tt_ref:build_logs/_$tt_lang/$2/repo-data-travis.csv" 2>/dev/null | awk -F, 'NR > 1 && NF >= 9 {
      if ($5 == "created" || $5 == "started") next
      t = $7; sub(/ UTC$/, "Z", t); sub(/ /, "T", t)
      d = $6; if (d ~ /^-/) d = ""
      print $1 "," $2 "," $4 "," $5 "," t "," d "," $3 "," $NF
    }' | sort -t, -k1,1n | { echo "id,commit,branch,status,started_at,duration,pull_request,event"; cat; }
}

tt_projects() {
  git -C "$1" ls-tree --name-only "$tt_ref" "build_logs/_$tt_lang/" | sed 's|.*/||'
}

tt_stats() {
  awk -F, 'NR > 1 && ($4 == "passed" || $4 == "failed" || $4 == "errored") {
      c++; if ($8 == "push") { p++; if ($4 != "passed") b++ } }
    END { printf "%d %d %.3f\n", c, p, p ? b / p : 0 }'
}
