#include "ui/mainwindow/sessioncodec.h"

#include "core/store/requestjson.h"

namespace wirescope::sessioncodec {

QJsonObject requestToJson(const Request &request)
{
    return wirescope::toJson(request);
}

std::optional<Request> requestFromJson(const QJsonObject &json)
{
    Result<Request> request = wirescope::requestFromJson(json);
    if (!request)
        return std::nullopt;
    return std::move(request).value();
}

} // namespace wirescope::sessioncodec
