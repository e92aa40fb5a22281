#!/usr/bin/env bash
# One definition per class: fails when two headers (or two places in one header) define a class or
# struct of the same fully qualified name, e.g. kompas::engine::OutcomeFigures in two headers of one
# library (an ODR violation the linker does not report). Cheap: one awk pass over the headers.
#   scripts/check-odr.sh [DIR...]    (default: src; prints the duplicates, exit status 1 if any)
# What counts: `struct Name` / `class Name` (optionally after `template <...>`) at the start of a
# line, followed by `{`, `:` or `final` (forward declarations and specialisations are skipped),
# qualified by the enclosing namespaces and classes. Classes local to a function body and those in
# anonymous namespaces are skipped. Comments and string literals are stripped first; raw strings and
# preprocessor alternatives (#if/#else) are not understood. ODR_LIST=1 lists every class found on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(src)

mapfile -t headers < <(find "${dirs[@]}" -type f \( -name '*.hpp' -o -name '*.h' \) | sort)
[ ${#headers[@]} -eq 0 ] && exit 0

awk '
function reset_file() { depth = 0; pending = ""; pending_kind = ""; in_comment = 0 }
FNR == 1 { reset_file() }
{
    line = $0
    # Block comments (possibly spanning lines), then line comments, strings and character literals.
    if (in_comment) {
        if (index(line, "*/") == 0) next
        line = substr(line, index(line, "*/") + 2); in_comment = 0
    }
    while (match(line, /\/\*/)) {
        rest = substr(line, RSTART + 2)
        if (index(rest, "*/") == 0) { line = substr(line, 1, RSTART - 1); in_comment = 1; break }
        line = substr(line, 1, RSTART - 1) " " substr(rest, index(rest, "*/") + 2)
    }
    sub(/\/\/.*/, "", line)
    gsub(/"([^"\\]|\\.)*"/, "\"\"", line)
    gsub(/'\''([^'\''\\]|\\.)*'\''/, "0", line)
    if (line ~ /^[ \t]*#/) next

    # What a `{` on this line opens: a namespace, a class, or an anonymous block.
    opener = ""; kind = ""
    if (match(line, /^[ \t]*(inline[ \t]+)?namespace([ \t]+[A-Za-z_][A-Za-z_0-9:]*)?[ \t]*\{/)) {
        decl = substr(line, RSTART, RLENGTH)
        sub(/^[ \t]*(inline[ \t]+)?namespace[ \t]*/, "", decl); sub(/[ \t]*\{$/, "", decl)
        opener = decl == "" ? "(anonymous)" : decl; kind = "ns"
    } else if (line ~ /^[ \t]*(template[ \t]*<.*>[ \t]*)?(struct|class)[ \t]+[A-Za-z_][A-Za-z_0-9]*([ \t]+final)?[ \t]*(\{|:[^:]|$)/) {
        decl = line
        sub(/^[ \t]*(template[ \t]*<.*>[ \t]*)?(struct|class)[ \t]+/, "", decl)
        match(decl, /^[A-Za-z_][A-Za-z_0-9]*/)
        name = substr(decl, 1, RLENGTH)
        if (substr(decl, RLENGTH + 1) !~ /^[ \t]*</) {  # not a specialisation
            opener = name; kind = "class"
            local = 0; qual = ""
            for (i = 1; i <= depth; i++) {
                if (kinds[i] == "block" || names[i] == "(anonymous)") local = 1
                qual = qual names[i] "::"
            }
            if (!local) { where[qual name] = where[qual name] " " FILENAME ":" FNR; count[qual name]++ }
        }
    }
    if (opener != "" && index(line, "{") == 0) { pending = opener; pending_kind = kind; opener = "" }

    # Walk the braces: the first `{` of the line takes the opener (or a pending one).
    n = length(line)
    for (c = 1; c <= n; c++) {
        ch = substr(line, c, 1)
        if (ch == "{") {
            depth++
            if (opener != "") { names[depth] = opener; kinds[depth] = kind; opener = "" }
            else if (pending != "") { names[depth] = pending; kinds[depth] = pending_kind; pending = "" }
            else { names[depth] = ""; kinds[depth] = "block" }
        } else if (ch == "}") {
            if (depth > 0) depth--
        }
    }
}
END {
    if (ENVIRON["ODR_LIST"] != "") for (q in count) print q > "/dev/stderr"
    bad = 0
    for (q in count) {
        if (count[q] > 1) {
            printf "ODR: %s is defined %d times:%s\n", q, count[q], where[q]
            bad = 1
        }
    }
    exit bad
}
' "${headers[@]}"
