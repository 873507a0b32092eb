#!/usr/bin/env bash
# The shell completions know every command and subcommand the CLI's own help lists:
#   testCompletions.sh <reelpulse-cli> <packaging/completions folder>
# bash: the completion function is run for each position; zsh: each name is in the completion file, which parses.
set -uo pipefail
cli=$1
folder=$2
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Names from "Commands:" sections: the first word of each entry (two spaces in), up to the next blank line.
names() { awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}'; }

commands=$("$cli" --help </dev/null | names)
[ -n "$commands" ] || fail "reelpulse-cli --help lists no commands"

complete_at() { # complete_at <words...>: what bash completes for the last (empty) word
    bash -c 'source "$1"; shift; COMP_WORDS=("$@" ""); COMP_CWORD=$#; _reelpulse_cli; echo "${COMPREPLY[*]}"' \
        _ "$folder/reelpulse-cli.bash" reelpulse-cli "$@"
}

top=$(complete_at)
for command in $commands; do
    grep -qw -- "$command" <<<"$top" || fail "bash completion lacks the command $command"
    grep -q "'$command:" "$folder/_reelpulse-cli" || fail "zsh completion lacks the command $command"
    subcommands=$("$cli" "$command" --help </dev/null 2>/dev/null | names)
    [ -n "$subcommands" ] || continue
    second=$(complete_at "$command")
    for sub in $subcommands; do
        grep -qw -- "$sub" <<<"$second" || fail "bash completion lacks $command $sub"
        grep -qw -- "$sub" "$folder/_reelpulse-cli" || fail "zsh completion lacks $command $sub"
    done
done

if command -v zsh >/dev/null; then
    zsh -n "$folder/_reelpulse-cli" || fail "the zsh completion does not parse"
fi
count=$(wc -w <<<"$commands")
if [ "$failures" -gt 0 ]; then
    echo "$failures problems"
    exit 1
fi
echo "PASS: $count commands and their subcommands complete in bash and zsh"
