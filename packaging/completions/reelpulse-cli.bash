# bash completion for reelpulse-cli                                        -*- shell-script -*-
# Commands, subcommands and options as `reelpulse-cli --help` and `reelpulse-cli <command> --help` list them;
# setting names come from `reelpulse-cli config list` itself.

_reelpulse_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="account accounts analytics config creators download downloads endpoints export governor info insights
        media media-host overview posts profiles projects publish reels scrape search sentiment stats videos"
    local globals="--data-dir --json --version --help"
    local i word command="" sub="" data_dir=() positional=0

    # The command and subcommand typed so far (global options may stand anywhere).
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --data-dir)
                ((i++))
                data_dir=(--data-dir "${COMP_WORDS[i]}")
                ;;
            --data-dir=*) data_dir=("$word") ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                elif [[ -z $sub ]]; then
                    sub=$word
                else
                    ((positional++))
                fi
                ;;
        esac
    done

    # Values of options.
    case $prev in
        --data-dir)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --mode) mapfile -t COMPREPLY < <(compgen -W "social reference" -- "$cur"); return ;;
        --lang) mapfile -t COMPREPLY < <(compgen -W "auto en es pt de fr it" -- "$cur"); return ;;
        --by)
            if [[ $command == creators ]]; then
                mapfile -t COMPREPLY < <(compgen -W "growth engagement" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "day week" -- "$cur")
            fi
            return
            ;;
        --auto-track) mapfile -t COMPREPLY < <(compgen -W "off new latest" -- "$cur"); return ;;
        --auto-download) mapfile -t COMPREPLY < <(compgen -W "on off" -- "$cur"); return ;;
        --period) mapfile -t COMPREPLY < <(compgen -W "7d 30d 90d" -- "$cur"); return ;;
        --metric)
            mapfile -t COMPREPLY < <(compgen -W "views likes comments shares engagement followers" -- "$cur")
            return
            ;;
        --quality) mapfile -t COMPREPLY < <(compgen -W "best 1080p 720p 480p 360p medium low" -- "$cur"); return ;;
        --type) mapfile -t COMPREPLY < <(compgen -W "media video_only image_only audio_only" -- "$cur"); return ;;
        --audio-format) mapfile -t COMPREPLY < <(compgen -W "best mp3 m4a aac" -- "$cur"); return ;;
        --format) mapfile -t COMPREPLY < <(compgen -W "png svg pdf csv" -- "$cur"); return ;;
        --chart)
            mapfile -t COMPREPLY < <(compgen -W "followers engagement velocity sentiment heatmap views posts languages trend" -- "$cur")
            return
            ;;
        --page) mapfile -t COMPREPLY < <(compgen -W "a4 letter" -- "$cur"); return ;;
        --out | --token-file | --secret-file | --password-file | --image | --video | --logo)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --platform) mapfile -t COMPREPLY < <(compgen -W "instagram tiktok" -- "$cur"); return ;;
        --fit) mapfile -t COMPREPLY < <(compgen -W "crop pad none" -- "$cur"); return ;;
        --from)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --interval-days | --interval-hours | --posts | --commented-posts | --comments | --tsv-column | --hint | --meta)
            return
            ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$globals" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return
    fi

    local subs="" options="--json --help"
    case $command in
        config) subs="list get set reset" ;;
        endpoints)
            subs="update"
            options+=" --from --platform"
            ;;
        governor) subs="status resume" ;;
        info) subs="profile post reel video" ;;
        profiles)
            subs="add list show update remove"
            options+=" --competitor --own --interval-days --pause --resume --platform --auto-track --auto-track-latest"
            options+=" --auto-download"
            ;;
        projects) subs="add list remove" ;;
        reels)
            subs="add list show update remove"
            options+=" --interval-days --pause --resume"
            ;;
        scrape) options+=" --due --posts --commented-posts --comments" ;;
        sentiment)
            subs="text file summary rescore label"
            options+=" --mode --lang --hint --explain --tsv-column --header --by --by-language --all"
            ;;
        videos)
            subs="add list show update remove"
            options+=" --meta --interval-hours --inactive --active --clear-meta"
            ;;
        stats)
            subs="post reel video profile"
            options+=" --days"
            ;;
        export)
            subs="chart report"
            options+=" --chart --format --from --to --out --page --logo"
            ;;
        download)
            subs="post reel carousel video batch profile story"
            options+=" --quality --type --audio-format --zip --no-metadata --out --force --detach --limit --stop-on-error"
            ;;
        downloads) subs="list status pause resume cancel retry formats" ;;
        accounts)
            subs="add list show remove refresh connect app-secret"
            options+=" --token-file --secret-file --no-browser --timeout"
            ;;
        account) subs="info" ;;
        media)
            subs="list"
            options+=" --limit --after"
            ;;
        media-host)
            subs="password test"
            options+=" --password-file"
            ;;
        publish)
            subs="image carousel reel story schedule"
            options+=" --image-url --video-url --image --video --caption --alt-text --first-comment --collaborator"
            options+=" --cover-url --no-share-to-feed --thumb-offset --at --due --late-ok --account --fit"
            ;;
        posts) subs="list show cancel retry" ;;
        insights) options+=" --account" ;;
        creators)
            subs="add rename link unlink list show remove leaderboard"
            options+=" --limit --cursor --period --from --to --by"
            ;;
        analytics)
            subs="daily"
            options+=" --metric --from --to"
            ;;
        overview) options+=" --period" ;;
        search)
            options+=" --in --limit --cursor --syntax"
            [[ $prev == --in ]] && { mapfile -t COMPREPLY < <(compgen -W "accounts creators posts comments" -- "$cur"); return; }
            ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    if [[ -z $sub && -n $subs ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
        return
    fi

    # Arguments of a subcommand.
    case "$command $sub" in
        "config get" | "config set" | "config reset")
            if ((positional == 0)); then
                local keys
                keys=$(reelpulse-cli "${data_dir[@]}" config list 2>/dev/null | awk 'NR > 1 { print $1 }')
                mapfile -t COMPREPLY < <(compgen -W "$keys" -- "$cur")
            fi
            ;;
        "governor resume") ((positional == 0)) && mapfile -t COMPREPLY < <(compgen -W "instagram tiktok" -- "$cur") ;;
        "videos add") ((positional == 0)) && mapfile -t COMPREPLY < <(compgen -W "instagram tiktok" -- "$cur") ;;
        "sentiment label")
            ((positional == 1)) && mapfile -t COMPREPLY < <(compgen -W "positive negative neutral auto" -- "$cur")
            ;;
        "sentiment file")
            if ((positional == 0)); then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            fi
            ;;
    esac
}
complete -F _reelpulse_cli reelpulse-cli
