# Writes a manual page from a program's real --help output, so the page never drifts from the program:
#
#   cmake -DPROGRAM=<built program> -DNAME=reelpulse-cli -DSUMMARY="…" -DVERSION=0.1.0 -DDATE=2026-12-06
#         [-DCOMMANDS="profiles;reels;…"] [-DFILES_TEXT="…"] -DOUTPUT=<page.1> -P ManPage.cmake
#
# The help is read in the C locale with a placeholder data folder (the page then names the default folder
# instead of the build machine's). Its layout is the one every ReelPulse help uses: "Usage:" lines, paragraphs,
# "Heading:" lines, and two-column "  term   description" lists; each command of COMMANDS gets a section made
# from `<program> <command> --help`.
cmake_minimum_required(VERSION 3.21)

foreach(var PROGRAM NAME SUMMARY VERSION DATE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: ${var} is not set")
    endif()
endforeach()

set(placeholder_home "/nonexistent-reelpulse-man-home")

# run_help(<out-var> <args…>): the program's help text.
function(run_help out)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env --unset=REELPULSE_DATA_DIR --unset=LANGUAGE LC_ALL=C LANG=C
                HOME=${placeholder_home} XDG_DATA_HOME=${placeholder_home}/.local/share
                QT_QPA_PLATFORM=offscreen ${PROGRAM} ${ARGN} --help
        OUTPUT_VARIABLE text
        ERROR_VARIABLE error
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "${PROGRAM} ${ARGN} --help failed (${result}): ${error}")
    endif()
    string(REPLACE "${placeholder_home}/.local/share/ReelPulse/ReelPulse"
                   "~/.local/share/ReelPulse/ReelPulse" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# roff_escape(<out-var> <text>): one line of text made safe for roff.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "'" "\\(aq" text "${text}")
    string(REGEX REPLACE "^\\." "\\\\&." text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# help_lines(<out-var> <text>): the lines of a help text as a CMake list (brackets and semicolons kept).
function(help_lines out text)
    string(REPLACE "\r" "" text "${text}")
    string(REPLACE ";" "<SEMICOLON>" text "${text}")
    string(REPLACE "[" "<LBRACKET>" text "${text}")
    string(REPLACE "]" "<RBRACKET>" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

function(restore out text)
    string(REPLACE "<SEMICOLON>" ";" text "${text}")
    string(REPLACE "<LBRACKET>" "[" text "${text}")
    string(REPLACE "<RBRACKET>" "]" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# help_to_roff(<out-var> <help text> <heading macro>): the body of a help (without its Usage lines) in roff.
# Headings become <heading macro> (.SH or .SS); "  term   description" lines become tagged paragraphs.
function(help_to_roff out text heading)
    help_lines(lines "${text}")
    set(roff "")
    set(in_usage TRUE)
    set(in_list FALSE)
    foreach(raw IN LISTS lines)
        restore(line "${raw}")
        if(in_usage)
            if(line MATCHES "^(Usage: |       [^ ])")
                continue()
            endif()
            set(in_usage FALSE)
        endif()
        if(line STREQUAL "")
            set(in_list FALSE)
            string(APPEND roff ".PP\n")
        elseif(line MATCHES "^([A-Z][A-Za-z ()'-]*):$")
            set(in_list FALSE)
            string(TOUPPER "${CMAKE_MATCH_1}" title)
            if(heading STREQUAL ".SS")
                set(title "${CMAKE_MATCH_1}")
            endif()
            roff_escape(title "${title}")
            string(APPEND roff "${heading} \"${title}\"\n")
        elseif(line MATCHES "^  ([^ ].*[^ ])  +([^ ].*)$")
            roff_escape(term "${CMAKE_MATCH_1}")
            roff_escape(description "${CMAKE_MATCH_2}")
            string(APPEND roff ".TP\n\\fB${term}\\fR\n${description}\n")
            set(in_list TRUE)
        elseif(line MATCHES "^  ([^ ].*)$" AND NOT in_list)
            roff_escape(term "${CMAKE_MATCH_1}")
            string(APPEND roff ".TP\n\\fB${term}\\fR\n")
            set(in_list TRUE)
        elseif(line MATCHES "^  ([^ ].*)$")
            roff_escape(term "${CMAKE_MATCH_1}")
            string(APPEND roff ".TP\n\\fB${term}\\fR\n")
        elseif(line MATCHES "^ +([^ ].*)$")
            roff_escape(text_line "${CMAKE_MATCH_1}")
            string(APPEND roff "${text_line}\n")
        else()
            set(in_list FALSE)
            roff_escape(text_line "${line}")
            string(APPEND roff "${text_line}\n")
        endif()
    endforeach()
    string(REGEX REPLACE "(\\.PP\n)+" ".PP\n" roff "${roff}")
    string(REGEX REPLACE "^\\.PP\n" "" roff "${roff}")
    string(REGEX REPLACE "(\\.SS|\\.SH)( [^\n]*\n)\\.PP\n" "\\1\\2" roff "${roff}")
    string(REGEX REPLACE "\\.PP\n$" "" roff "${roff}")
    string(REGEX REPLACE "\\.PP\n(\\.S[HS] )" "\\1" roff "${roff}")
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

# usage_to_roff(<out-var> <help text>): the "Usage:" lines as a synopsis.
function(usage_to_roff out text)
    help_lines(lines "${text}")
    set(roff "")
    foreach(raw IN LISTS lines)
        restore(line "${raw}")
        if(line MATCHES "^(Usage: |       )([^ ].*)$")
            roff_escape(usage "${CMAKE_MATCH_2}")
            string(APPEND roff "${usage}\n.br\n")
        elseif(NOT roff STREQUAL "")
            break()
        endif()
    endforeach()
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
roff_escape(name_escaped "${NAME}")
roff_escape(summary_escaped "${SUMMARY}")
run_help(main_help)
usage_to_roff(synopsis "${main_help}")
help_to_roff(body "${main_help}" ".SH")

set(page ".\\\" -*- coding: UTF-8 -*-\n.\\\" Generated from '${NAME} --help' by packaging/man/ManPage.cmake. Do not edit.\n")
string(APPEND page ".TH ${title} 1 \"${DATE}\" \"ReelPulse ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".nh\n.ad l\n")
string(APPEND page ".SH NAME\n${name_escaped} \\- ${summary_escaped}\n")
string(APPEND page ".SH SYNOPSIS\n.nf\n${synopsis}.fi\n")
string(APPEND page ".SH DESCRIPTION\n${body}")

if(COMMANDS)
    string(APPEND page ".SH \"COMMAND DETAILS\"\n")
    foreach(command IN LISTS COMMANDS)
        run_help(command_help ${command})
        usage_to_roff(command_synopsis "${command_help}")
        help_to_roff(command_body "${command_help}" ".SS")
        roff_escape(command_escaped "${command}")
        string(APPEND page ".SS \"${command_escaped}\"\n.nf\n${command_synopsis}.fi\n.PP\n${command_body}")
    endforeach()
endif()

if(FILES_TEXT)
    roff_escape(files_escaped "${FILES_TEXT}")
    string(APPEND page ".SH FILES\n${files_escaped}\n")
endif()
string(APPEND page ".SH \"SEE ALSO\"\n")
if(NAME STREQUAL "reelpulse")
    string(APPEND page ".BR reelpulse\\-cli (1)\n")
else()
    string(APPEND page ".BR reelpulse (1)\n")
endif()
string(APPEND page ".PP\nhttps://github.com/reelpulse/reelpulse\n")

file(WRITE "${OUTPUT}" "${page}")
