#!/usr/bin/env python3
"""Regenerates the generated fuzz seeds and dictionaries from the captured fixtures and the parser sources.

    python3 tests/fuzz/make-seeds.py

Writes (and overwrites):
  tests/data/fuzz/seeds/instagram/, tests/data/fuzz/seeds/tiktok/
        every fixture of tests/data/fixtures/ trimmed to a fuzzable size: arrays keep their first two
        elements, strings their first 64 characters; keys, types and nesting stay as captured.
  tests/data/fuzz/tiktok_video_page/seeds/
        video pages built around the trimmed itemStruct, as TikTok serves them (and two failure pages).
  tests/data/fuzz/instagram_response/seeds/, tests/data/fuzz/tiktok_response/seeds/
        whole answers in the format of tests/fuzz/FuzzSupport.h (status line, headers, body) for every
        class of failure the classifiers know, plus the trimmed fixtures as successful answers.
  tests/fuzz/instagram.dict, tests/fuzz/tiktok.dict
        libFuzzer dictionaries: JSON syntax plus every key the parsers look up (from their string literals).

Nothing runs it in CI: its outputs are committed. Run it again when fixtures or parsers change.
"""

import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests/data/fixtures"
FUZZ = ROOT / "tests/data/fuzz"


def trim(value, keep=2, chars=64):
    if isinstance(value, dict):
        return {k: trim(v, keep, chars) for k, v in value.items()}
    if isinstance(value, list):
        return [trim(v, keep, chars) for v in value[:keep]]
    if isinstance(value, str):
        return value[:chars]
    return value


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def trimmed_fixtures(platform):
    out = {}
    for source in sorted((FIXTURES / platform).glob("*.json")):
        out[source.stem] = compact(trim(json.loads(source.read_bytes())))
        write(FUZZ / "seeds" / platform / source.name, out[source.stem])
    return out


def answer(status, headers, body, final_url=""):
    first = str(status) + (" " + final_url if final_url else "")
    lines = [first] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


JSON = ("Content-Type", "application/json; charset=utf-8")
HTML = ("Content-Type", "text/html; charset=utf-8")


def video_page(item, status_code=0, message=""):
    data = {"__DEFAULT_SCOPE__": {
        "webapp.app-context": {"language": "en"},
        "webapp.video-detail": {"itemInfo": {"itemStruct": item}, "statusCode": status_code, "statusMsg": message}}}
    return (b'<!DOCTYPE html><html lang="en"><head><title>TikTok</title></head><body><div id="app"></div>'
            b'<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">' + compact(data) +
            b"</script></body></html>")


def main():
    instagram = trimmed_fixtures("instagram")
    tiktok = trimmed_fixtures("tiktok")
    item = json.loads(tiktok["web_item_struct__7603296357641735445__2026-02"])

    pages = FUZZ / "tiktok_video_page/seeds"
    write(pages / "video.html", video_page(item))
    write(pages / "private.html", video_page({}, 10216, "item is private"))
    write(pages / "verify.html", b'<html><head><title>Verify</title></head><body><div id="captcha-verify"></div>'
                                 b"</body></html>")

    seeds = FUZZ / "instagram_response/seeds"
    for name, body in instagram.items():
        write(seeds / f"ok_{name}.http", answer(200, [JSON], body))
    write(seeds / "rate_limited_seconds.http", answer(429, [JSON, ("Retry-After", "120")], b'{"status":"fail"}'))
    write(seeds / "rate_limited_date.http",
          answer(429, [("Retry-After", "Wed, 01 Jan 2025 00:05:00 GMT")], b""))
    write(seeds / "login_redirect.http",
          answer(302, [("Location", "https://www.instagram.com/accounts/login/?next=%2Finstagram%2F")], b""))
    write(seeds / "challenge_final_url.http", answer(200, [HTML], b"<!DOCTYPE html><html></html>",
                                                     "https://www.instagram.com/challenge/?next=/"))
    write(seeds / "checkpoint.http",
          answer(400, [JSON], instagram["pgrimaud__checkpoint_challenge"]))
    write(seeds / "soft_block.http", answer(401, [JSON], b'{"message":"Please wait a few minutes before you try '
                                                         b'again.","require_login":true,"status":"fail"}'))
    write(seeds / "login_required.http", answer(403, [JSON], b'{"message":"login_required","status":"fail"}'))
    write(seeds / "not_found.http", answer(404, [HTML], b"<html><body>Sorry</body></html>"))
    write(seeds / "server_error.http", answer(502, [], b"Bad Gateway"))
    write(seeds / "no_answer.http", answer(0, [], b""))
    write(seeds / "data_null.http", answer(200, [JSON], b'{"data":null,"status":"ok"}'))
    write(seeds / "user_null.http", answer(200, [JSON], b'{"data":{"user":null},"status":"ok"}'))
    write(seeds / "errors.http",
          answer(200, [JSON], b'{"errors":[{"message":"execution error","severity":"CRITICAL"}],"data":{}}'))
    write(seeds / "truncated.http", answer(200, [JSON], b'{"data":{"user":{"id":"1",'))

    seeds = FUZZ / "tiktok_response/seeds"
    write(seeds / "ok_video_page.http", answer(200, [HTML], video_page(item)))
    write(seeds / "private_video_page.http", answer(200, [HTML], video_page({}, 10216, "item is private")))
    write(seeds / "verify_page.http", answer(200, [HTML], (pages / "verify.html").read_bytes()))
    write(seeds / "ok_comment_list.http",
          answer(200, [JSON], tiktok["web_comment_list__aweme_7603296357641735445__2026-02"]))
    write(seeds / "empty_comment_list.http", answer(200, [JSON], b""))
    write(seeds / "comment_list_status.http",
          answer(200, [JSON], b'{"status_code":10000,"status_msg":"verify","comments":null}'))
    write(seeds / "login_redirect.http", answer(302, [("Location", "https://www.tiktok.com/login?redirect_url=x")],
                                                b"", "https://www.tiktok.com/login"))
    write(seeds / "rate_limited.http", answer(429, [("Retry-After", "30")], b""))
    write(seeds / "not_found.http", answer(404, [HTML], b"<html></html>"))

    write_dictionary("instagram", ["app/instagram", "app/platform"])
    write_dictionary("tiktok", ["app/tiktok", "app/platform"])


def write_dictionary(name, folders):
    words = set()
    for folder in folders:
        for source in sorted((ROOT / folder).glob("*.cpp")):
            for literal in re.findall(r'u"((?:[^"\\]|\\.)*)"(?:_s)?', source.read_text()):
                for part in literal.split("."):
                    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_\-]{1,40}", part):
                        words.add(part)
    syntax = ['"{"', '"}"', '"["', '"]"', '":"', '","', '"\\""', '"null"', '"true"', '"false"', '"-0"', '"1e308"',
              '"\\\\u0000"', '"\\\\ud83d\\\\ude00"']
    # Numbers at the edges of the integer types the parsers convert to (counts are read as qint64, codes,
    # sizes and versions end up in int): where truncation and overflow hide.
    syntax += ['"2147483647"', '"2147483648"', '"-2147483649"', '"4294967296"', '"9999999999"',
               '"9223372036854775807"', '"9223372036854775808"', '"-9223372036854775808"', '"1e19"', '"0.5"']
    lines = [f"# Generated by tests/fuzz/make-seeds.py: JSON syntax and the keys the {name} parsers read."]
    lines += syntax
    lines += ['"\\"%s\\""' % w for w in sorted(words)]
    (ROOT / "tests/fuzz" / f"{name}.dict").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
