#include "ui/widgets/displayformat.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

#include <QColor>

namespace wirescope::display {

QColor methodColor(const QString &method)
{
    if (method == u"GET")
        return QColor(0x2e, 0x7d, 0x32);
    if (method == u"POST")
        return QColor(0xef, 0x6c, 0x00);
    if (method == u"PUT" || method == u"PATCH")
        return QColor(0x15, 0x65, 0xc0);
    if (method == u"DELETE")
        return QColor(0xc6, 0x28, 0x28);
    if (method == u"WS" || method == u"SIO")
        return QColor(0x6a, 0x1b, 0x9a);
    return QColor(0x61, 0x61, 0x61);
}

QString bytes(qint64 size)
{
    if (size < 1024)
        return QCoreApplication::translate("display", "%n B", nullptr, int(size));
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(size);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QLocale().toString(value, 'f', value < 10 ? 2 : 1) + u' ' + QLatin1String(units[unit]);
}

QString milliseconds(double ms)
{
    const int decimals = ms < 10 ? 2 : (ms < 100 ? 1 : 0);
    return QLocale().toString(ms, 'f', decimals) + QStringLiteral(" ms");
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace wirescope::display
