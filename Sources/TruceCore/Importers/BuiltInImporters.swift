import Foundation

/// Every built-in platform importer, listed explicitly (the order breaks detection ties only
/// for equally specific matches, which are reported as ambiguous anyway).
public enum BuiltInImporters {
    public static let definitions: [ImporterDefinition] = [
        MetaImporters.leadAds,
        MetaImporters.adsReport,
        GoogleAdsImporters.report,
        GoogleAdsImporters.editor,
        YandexDirectImporters.reportsAPI,
        YandexDirectImporters.wizard,
        VKAdsImporters.statistics,
        AmoCRMImporter.deals,
        Bitrix24Importers.leads,
        Bitrix24Importers.deals,
        Bitrix24Importers.contacts,
        HubSpotImporters.contacts,
        HubSpotImporters.deals,
        SalesforceImporter.report,
        PipedriveImporter.export,
    ]
}
