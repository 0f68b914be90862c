// One libFuzzer entry point, compiled once per target with a WIRESCOPE_FUZZ_<MODE> define:
// each importer by its explicit format, the curl parser alone, the URL checks, and detection +
// Auto import (and, for what imports, an Insomnia v5 export read back).
// Any input must give a value or an Error: crashes, sanitizer reports, hangs and runaway
// memory are the findings.

#include "core/http/requestbuilder.h"
#include "core/http/urlcheck.h"
#include "core/interop/brunoblocks.h"
#include "core/interop/bruparser.h"
#include "core/interop/curlparser.h"
#include "core/interop/formatdetect.h"
#include "core/interop/importer.h"
#include "core/interop/insomniaexporter.h"
#include "core/vars/unresolved.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace wirescope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(WIRESCOPE_FUZZ_CURL)
    const auto parsed = interop::parseCurlCommand(QString::fromUtf8(input));
    if (parsed)
        (void)parsed->report.toText();
#elif defined(WIRESCOPE_FUZZ_URL)
    // What the URL bar and RequestRun do with typed text: split it in the user's spelling,
    // name what is wrong, list the {{variables}} left in it.
    const QString text = QString::fromUtf8(input);
    const UrlParts parts = splitUrl(text);
    if (parts.host.size() > text.size())
        __builtin_trap();
    const auto url = parseHttpUrl(text);
    if (url && url->host().isEmpty())
        __builtin_trap(); // a URL that passed has a host
    (void)describeUnresolved(variableNamesIn(text), VariableContext{});
#elif defined(WIRESCOPE_FUZZ_BRU)
    // One .bru file: the block parser, then the request conversion of what it parsed.
    const auto doc = interop::parseBru(QString::fromUtf8(input), QStringLiteral("fuzz.bru"));
    if (doc) {
        ImportReport report;
        interop::BrunoBlocks blocks(report, QStringLiteral("/nonexistent"));
        (void)blocks.item(*doc, QStringLiteral("fuzz"));
        (void)report.toText();
    } else if (!doc.error().message.startsWith(u"fuzz.bru:")) {
        __builtin_trap(); // every parse error names the file (and line)
    }
#elif defined(WIRESCOPE_FUZZ_DETECT)
    const ImportFormat format = detectFormat(input);
    const auto result = importData(input, ImportFormat::Auto);
    // Detection and import agree: a format detect() names is the one the import reports.
    if (result && result->format != format)
        __builtin_trap();
    // Whatever imported can be exported as Insomnia v5, and that file imports again with as
    // many requests (the YAML writer and the v5 reader agree on every value).
    if (result) {
        Collection collection = result->collection;
        collection.environments = result->environments;
        const QByteArray v5 = insomniaYamlText(exportInsomniaCollection(collection));
        const auto again = importData(v5, ImportFormat::Insomnia);
        if (!again || countRequests(again->collection.items) != countRequests(collection.items))
            __builtin_trap();
    }
#else
#if defined(WIRESCOPE_FUZZ_POSTMAN)
    constexpr ImportFormat format = ImportFormat::Postman;
#elif defined(WIRESCOPE_FUZZ_POSTMAN_ENVIRONMENT)
    constexpr ImportFormat format = ImportFormat::PostmanEnvironment;
#elif defined(WIRESCOPE_FUZZ_INSOMNIA)
    constexpr ImportFormat format = ImportFormat::Insomnia;
#elif defined(WIRESCOPE_FUZZ_HAR)
    constexpr ImportFormat format = ImportFormat::Har;
#elif defined(WIRESCOPE_FUZZ_OPENAPI)
    constexpr ImportFormat format = ImportFormat::OpenApi;
#elif defined(WIRESCOPE_FUZZ_HTTP_FILE)
    constexpr ImportFormat format = ImportFormat::HttpFile;
#else
#error "define one WIRESCOPE_FUZZ_<MODE>"
#endif
    const auto result = importData(input, format);
    if (result) {
        (void)countRequests(result->collection.items);
        (void)result->report.toText();
    }
#endif
    return 0;
}
