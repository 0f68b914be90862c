#pragma once

#include "core/model/error.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace wirescope::cli {

/// The options of `wirescope-cli serve`.
struct ServeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    bool tls = false; ///< --tls, or implied by --cert/--key
    QString certificateFile;
    QString keyFile;
    QString mockDirectory;
    bool help = false;
};

/// Parses `serve` arguments (without the word "serve"). Usage errors name the option:
/// unknown options, a missing value, a port outside 0..65535, a host that is not an IP
/// address or "localhost", --cert without --key (or the reverse).
Result<ServeOptions> parseServeArgs(const QStringList &args);

/// `wirescope-cli serve --help`.
QString serveUsage();

} // namespace wirescope::cli
