#pragma once

#include "core/model/keyvalue.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace wirescope {

/// The cookies this exchange's response set (its Set-Cookie headers, parsed the way Qt's
/// cookie jar parses them): name, value, domain, path, expiry, Secure, HttpOnly, SameSite.
/// A line Qt cannot parse is listed as such, not dropped.
class CookiesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookiesView)

public:
    enum Column {
        NameColumn,
        ValueColumn,
        DomainColumn,
        PathColumn,
        ExpiresColumn,
        SecureColumn,
        HttpOnlyColumn,
        SameSiteColumn,
        ColumnCount
    };

    explicit CookiesView(QWidget *parent = nullptr);

    /// Shows the cookies set by @p headers (the response head, in received order).
    void setResponseHeaders(const KeyValueList &headers);
    void clear();
    int cookieCount() const;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
    int m_count = 0;
};

} // namespace wirescope
