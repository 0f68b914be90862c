#pragma once

#include "core/model/request.h"

#include <QJsonObject>

namespace wirescope::sessioncodec {

/// The open tabs' requests as the window keeps them between runs (QSettings). A private
/// format of the window, not a collection file: it may change between versions, and a field
/// it cannot read falls back to the Request default.
///
/// Secrets are left out (auth password, token and API key value; proxy password; client key
/// passphrase): QSettings is a plain file and secrets belong in the keychain. A restored tab
/// asks for them again.
QJsonObject requestToJson(const Request &request);
Request requestFromJson(const QJsonObject &json);

} // namespace wirescope::sessioncodec
