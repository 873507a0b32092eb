#pragma once

#include <QStringList>

namespace reelpulse::cli {
class CliContext;
/// `accounts add --token-file FILE | list | show <user> | remove <user> | refresh`
int runAccountsCommand(CliContext &ctx, const QStringList &args);
/// `account info [--account USER]`: what Instagram says about the account now.
int runAccountCommand(CliContext &ctx, const QStringList &args);
/// `media list [--account USER] [--limit N] [--after CURSOR]`: the account's recent media.
int runMediaCommand(CliContext &ctx, const QStringList &args);
/// `media-host password --password-file FILE | test`: the host local files are uploaded to before publishing.
int runMediaHostCommand(CliContext &ctx, const QStringList &args);
} // namespace reelpulse::cli
