#!/usr/bin/env bash
# datadao-cli curation on the demo devnet (anvil, the DAO with its registry and curation
# contract, the storage node, the demo datasets and their reviews): the queue's tabs and counts
# for a curator and a contributor, a review that moves a dataset on, every refusal of the
# contract in words (a second review, one's own dataset, a non-curator, an approval with a
# reason, a stranger's appeal), an appeal by the contributor, and the curators' record.
# Usage: curation_devnet.sh <datadao-cli>
set -u
ours="$1"
dir=$(mktemp -d)
trap '"$ours" devnet down --dir "$dir/demo" >/dev/null 2>&1; rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

"$ours" devnet up --dir "$dir/demo" --demo-datasets > "$dir/up.log" 2>&1
check "devnet up --demo-datasets" test $? -eq 0
phrase="test test test test test test test test test test test junk"
demo=(--profile "$dir/demo/devnet.json" --cache "$dir/cache.sqlite" --store "$dir/blocks")
curator1=0x70997970C51812dc3A010C7d01b50e0d17dc79C8 # mnemonic index 1
curator3=0x90F79bf6EB2c4f870365E785982E1f101E93b906 # index 3, contributor of #2
for i in 0 1 2 3 4; do eval "signer$i=(--mnemonic \"\$phrase\" --mnemonic-index $i)"; done
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

# The demo: #1 approved and #4 rejected by both curators, #2 and #3 waiting for reviews.
queue=$("$ours" curation queue "${demo[@]}" --tab waiting --member $curator1 --json)
check "curator 1 has two datasets waiting" test "$(field "d['counts']['waiting']" <<<"$queue")" = 2
check "two in review, two decided" test "$(field "(d['counts']['in-review'], d['counts']['decided'])" <<<"$queue")" = "(2, 2)"
check "the quorum is two" test "$(field "d['quorum']" <<<"$queue")" = 2
check "an item shows its stake and time left" test "$(field "(d['items'][0]['stake'], d['items'][0]['reviewEndsAt'] > d['items'][0]['submittedAt'])" <<<"$queue")" = "('100000000000000000000', True)"
queue3=$("$ours" curation queue "${demo[@]}" --tab waiting --member $curator3 --json)
check "curator 3 does not wait on their own dataset" test "$(field "[i['id'] for i in d['items']]" <<<"$queue3")" = "[3]"
check "curator 3's own submission is in mine" test "$(field "d['counts']['mine']" <<<"$queue3")" = 1

# Refusals, in words, before or from the contract.
out=$("$ours" curation review 2 --reject --reason personal-data "${demo[@]}" "${signer3[@]}" 2>&1)
check "one's own dataset is refused in words" grep -q "a curator does not review their own dataset" <<<"$out"
out=$("$ours" curation review 3 --approve "${demo[@]}" "${signer2[@]}" 2>&1)
check "a non-curator is refused in words" grep -q "does not hold the role this needs" <<<"$out"
out=$("$ours" curation review 3 --approve --reason low-quality "${demo[@]}" "${signer1[@]}" 2>&1)
check "an approval with a reason is refused" grep -q "an approval takes no --reason" <<<"$out"
out=$("$ours" curation review 3 --reject --reason nonsense "${demo[@]}" "${signer1[@]}" 2>&1)
check "an unknown reason lists the reasons" grep -q "personal-data" <<<"$out"
out=$("$ours" curation review 1 --approve "${demo[@]}" "${signer1[@]}" 2>&1)
check "a decided dataset is not in review" grep -q "is not in review now" <<<"$out"

# The curator's own report on #3: downloaded and verified, measured here, compared with its
# metadata, published with its ERC-1497 evidence file.
out=$("$ours" curation report 3 "${demo[@]}" --output "$dir/report3" --publish --json 2>&1)
evidence=$(field "d['evidence']" <<<"$out")
check "the report is published with its evidence" grep -q "^ipfs://bafk" <<<"$evidence"
check "the report holds every file of the dataset" test "$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['\$schema'], d['datasetId'], len(d['files']) > 0, all(len(f['sha256']) == 64 for f in d['files']))" "$dir/report3/report.json")" = "https://datadao.dev/schemas/quality-report/1 3 True True"
check "the evidence file names the report by its CID" test "$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['fileURI'] == '/ipfs/' + d['fileHash'], d['fileTypeExtension'])" "$dir/report3/evidence.json")" = "True json"
check "the report reads as words too" grep -q "^## Against its metadata" "$dir/report3/report.md"

# A review: #3 has one of two, and curator 1 waits on it no more.
out=$("$ours" curation review 3 --reject --reason personal-data --slash 20 --text "E-mail addresses in owner" \
    --evidence "$evidence" "${demo[@]}" "${signer1[@]}" --json 2>&1)
check "the review is sent" test "$(field "len(d['transactions'])" <<<"$out")" = 1
out=$("$ours" curation review 3 --reject --reason personal-data "${demo[@]}" "${signer1[@]}" 2>&1)
check "a second review by the same curator is refused in words" grep -q "has already reviewed dataset #3 in this round" <<<"$out"
shown=$("$ours" curation show 3 "${demo[@]}" --json)
check "the review is shown with its reason, slash and evidence" test "$(field "[(r['curator'], r['reason'], r['slashBasisPoints'], r['evidenceUri']) for r in d['reviews']]" <<<"$shown")" = "[('$curator1', 'personal-data', 2000, '$evidence')]"
check "still in review" test "$(field "d['stage']" <<<"$shown")" = inReview
queue=$("$ours" curation queue "${demo[@]}" --tab waiting --member $curator1 --json)
check "curator 1 now waits on one" test "$(field "[i['id'] for i in d['items']]" <<<"$queue")" = "[2]"

# The rejected #4: a stranger cannot appeal it; its contributor (index 4) does, with the deposit.
out=$("$ours" curation appeal 4 --text "The ids are hashed" "${demo[@]}" "${signer0[@]}" 2>&1)
check "a stranger's appeal is refused in words" grep -q "only the contributor of dataset #4 may do this" <<<"$out"
out=$("$ours" curation appeal 4 "${demo[@]}" "${signer4[@]}" 2>&1)
check "an appeal without words is refused" grep -q "Say why the rejection is wrong" <<<"$out"
out=$("$ours" curation appeal 4 --text "The meter ids are salted hashes" "${demo[@]}" "${signer4[@]}" --json 2>&1)
check "the appeal approves the deposit, then appeals" test "$(field "len(d['transactions'])" <<<"$out")" = 2
queue=$("$ours" curation queue "${demo[@]}" --tab appealed --json)
check "the appeal is in its tab" test "$(field "[(i['id'], i['stage']) for i in d['items']]" <<<"$queue")" = "[(4, 'appealed')]"
shown=$("$ours" curation show 4 "${demo[@]}" --json)
check "the history names the appeal and its deposit" test "$(field "[(e['data']['deposit'], e['data']['reason']) for e in d['history'] if e['kind'] == 'appealed']" <<<"$shown")" = "[('50000000000000000000', 'The meter ids are salted hashes')]"

curators=$("$ours" curation curators "${demo[@]}" --json)
check "both curators have a record" test "$(field "sorted((c['address'], c['reviews'], c['agreed'], c['feesEarned']) for c in d)" <<<"$curators")" = "[('$curator1', 3, 2, '10000000000000000000'), ('$curator3', 2, 2, '10000000000000000000')]"
out=$("$ours" curation queue "${demo[@]}" --tab mine 2>&1)
check "a tab that needs a member says so" grep -q -- "--tab mine needs --member" <<<"$out"

finish curation_devnet
