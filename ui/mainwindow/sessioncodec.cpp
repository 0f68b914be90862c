#include "ui/mainwindow/sessioncodec.h"

#include "core/store/requestjson.h"
#include "core/store/websocketrequestjson.h"

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

QJsonObject webSocketRequestToJson(const WebSocketRequest &request)
{
    return wirescope::toJson(request);
}

std::optional<WebSocketRequest> webSocketRequestFromJson(const QJsonObject &json)
{
    Result<WebSocketRequest> request = wirescope::webSocketRequestFromJson(json);
    if (!request)
        return std::nullopt;
    return std::move(request).value();
}

} // namespace wirescope::sessioncodec
