#!/usr/bin/env bash
# datadao-cli curation on the demo devnet (anvil, the DAO with its registry and curation
# contract, the storage node, the demo datasets and their reviews): the queue's tabs and counts
# for a curator and a contributor, a review that moves a dataset on, every refusal of the
# contract in words (a second review, one's own dataset, a non-curator, an approval with a
# reason, a stranger's appeal), an appeal by the contributor, the curators' record, a withdrawal
# and a corrected version that names the dataset it replaces.
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

# The demo: #1 approved and #4 rejected, #9 rejected and appealed, #2, #3 and #5-#8 waiting.
queue=$("$ours" curation queue "${demo[@]}" --tab waiting --member $curator1 --json)
check "curator 1 has six datasets waiting" test "$(field "d['counts']['waiting']" <<<"$queue")" = 6
check "six in review, two decided, one appealed" test "$(field "(d['counts']['in-review'], d['counts']['decided'], d['counts']['appealed'])" <<<"$queue")" = "(6, 2, 1)"
check "the quorum is two" test "$(field "d['quorum']" <<<"$queue")" = 2
check "an item shows its stake and time left" test "$(field "(d['items'][0]['stake'], d['items'][0]['reviewEndsAt'] > d['items'][0]['submittedAt'])" <<<"$queue")" = "('100000000000000000000', True)"
queue3=$("$ours" curation queue "${demo[@]}" --tab waiting --member $curator3 --json)
check "curator 3 does not wait on their own dataset" test "$(field "sorted(i['id'] for i in d['items'])" <<<"$queue3")" = "[3, 5, 6, 7, 8]"
check "curator 3's own submissions are in mine" test "$(field "d['counts']['mine']" <<<"$queue3")" = 2

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

# The demo queue's harder cases, each found by a curator's own report: e-mail addresses and
# phone numbers in #5, rows uploaded twice in #6, #1's file again in #7, fewer rows in #8 than
# its metadata claims.
report() { "$ours" curation report "$1" "${demo[@]}" --output "$dir/report$1" > /dev/null 2>&1; cat "$dir/report$1/report.json"; }
r5=$(report 5)
check "the sign-ups hold e-mail addresses and phone numbers" test "$(field "sorted({p['kind'] for f in d['files'] for c in f['table']['columns'] for p in c.get('personalData', [])})" <<<"$r5")" = "['email', 'phone']"
r6=$(report 6)
check "the bike counts repeat most rows" field "d['files'][0]['table']['duplicateRows'] * 2 > d['files'][0]['table']['rows'] or sys.exit(1)" <<<"$r6" > /dev/null
r7=$(report 7)
check "the weather copy duplicates #1's file" test "$(field "[(x['datasetId'], x['how']) for x in d['duplicates']]" <<<"$r7")" = "[(1, 'same file')]"
r8=$(report 8)
check "the parking table has fewer rows than claimed" test "$(field "[(x['what'], x['claimed'], x['measured']) for x in d['differences'] if x['what'] == 'rows']" <<<"$r8")" = "[('rows', '5000', '500')]"
# The appeal of #9 waits on the token holders: its proposal is open, its action in words.
check "the proposal to overturn #9 is open for votes" grep -q "^  #9 is appealed; the proposal to overturn it is Active" "$dir/up.log"

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
check "curator 1 now waits on five" test "$(field "sorted(i['id'] for i in d['items'])" <<<"$queue")" = "[2, 5, 6, 7, 8]"

# The rejected #4: a stranger cannot appeal it; its contributor (index 4) does, with the deposit.
out=$("$ours" curation appeal 4 --text "The ids are hashed" "${demo[@]}" "${signer0[@]}" 2>&1)
check "a stranger's appeal is refused in words" grep -q "only the contributor of dataset #4 may do this" <<<"$out"
out=$("$ours" curation appeal 4 "${demo[@]}" "${signer4[@]}" 2>&1)
check "an appeal without words is refused" grep -q "Say why the rejection is wrong" <<<"$out"
out=$("$ours" curation appeal 4 --text "The meter ids are salted hashes" "${demo[@]}" "${signer4[@]}" --json 2>&1)
check "the appeal approves the deposit, then appeals" test "$(field "len(d['transactions'])" <<<"$out")" = 2
queue=$("$ours" curation queue "${demo[@]}" --tab appealed --json)
check "the appeal is in its tab" test "$(field "sorted((i['id'], i['stage']) for i in d['items'])" <<<"$queue")" = "[(4, 'appealed'), (9, 'appealed')]"
shown=$("$ours" curation show 4 "${demo[@]}" --json)
check "the history names the appeal and its deposit" test "$(field "[(e['data']['deposit'], e['data']['reason']) for e in d['history'] if e['kind'] == 'appealed']" <<<"$shown")" = "[('50000000000000000000', 'The meter ids are salted hashes')]"

curators=$("$ours" curation curators "${demo[@]}" --json)
curator0=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 # index 0, the third curator
check "the three curators have a record" test "$(field "sorted((c['address'], c['reviews'], c['agreed'], c['feesEarned']) for c in d)" <<<"$curators")" = "[('$curator1', 4, 3, '15000000000000000000'), ('$curator3', 2, 2, '10000000000000000000'), ('$curator0', 1, 1, '5000000000000000000')]"
out=$("$ours" curation queue "${demo[@]}" --tab mine 2>&1)
check "a tab that needs a member says so" grep -q -- "--tab mine needs --member" <<<"$out"

# A contributor takes back a dataset no curator has reviewed yet, with its stake; a stranger
# cannot, nor can anyone once a review is in.
out=$("$ours" dataset withdraw 5 "${demo[@]}" "${signer0[@]}" 2>&1)
check "a stranger's withdrawal is refused in words" grep -q "only the contributor of dataset #5 may do this" <<<"$out"
out=$("$ours" dataset withdraw 3 "${demo[@]}" "${signer2[@]}" 2>&1)
check "a reviewed dataset is not withdrawn" grep -q "dataset #3 is being reviewed" <<<"$out"
out=$("$ours" dataset withdraw 6 "${demo[@]}" "${signer4[@]}" 2>&1)
check "its contributor withdraws it" grep -q "^Dataset #6 withdrawn, its stake returned" <<<"$out"
shown=$("$ours" dataset list "${demo[@]}" --status withdrawn --json)
check "it is withdrawn in the catalog" test "$(field "[e['id'] for e in d]" <<<"$shown")" = "[6]"

# A corrected version of the rejected #4: only its contributor may name it as replaced; the
# registry keeps both, and each names the other.
printf 'meter,hour,kwh\nm-7f3a,0,0.42\nm-7f3a,1,0.38\nm-91c2,0,0.51\n' > "$dir/meters-fixed.csv"
fixed=(--title "Hourly energy meter readings, ids hashed" --license CC-BY-SA-4.0 --replaces 4 --work "$dir/fixed")
out=$("$ours" dataset publish "$dir/meters-fixed.csv" "${fixed[@]}" "${demo[@]}" "${signer0[@]}" 2>&1)
check "a stranger cannot replace #4" grep -q "Only its contributor can publish a corrected version of dataset #4" <<<"$out"
out=$("$ours" dataset publish "$dir/meters-fixed.csv" --replaces nine "${fixed[@]:0:4}" "${demo[@]}" "${signer4[@]}" 2>&1)
check "a replaces that is no number is refused in words" grep -q "Replaces: give the number of your dataset" <<<"$out"
out=$("$ours" dataset publish "$dir/meters-fixed.csv" "${fixed[@]}" "${demo[@]}" "${signer4[@]}" 2>&1)
check "its contributor publishes the corrected version" grep -q "^Registered dataset #10 " <<<"$out"
shown=$("$ours" curation show 4 "${demo[@]}" --json)
check "#4 names its corrected version" test "$(field "d['replacedBy']" <<<"$shown")" = "[10]"
shown=$("$ours" curation show 10 "${demo[@]}")
check "#10 names the dataset it replaces" grep -q "^  a corrected version of #4 Hourly energy meter readings" <<<"$shown"

finish curation_devnet
