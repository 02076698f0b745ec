/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddExclusion($slug: String!, $revision: Int!, $exclusion: ExclusionInput!) {\n    addExclusion(slug: $slug, revision: $revision, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddExclusionDocument,
    "\n  mutation AddFeatureGroup($slug: String!, $revision: Int!, $group: FeatureGroupInput!) {\n    addFeatureGroup(slug: $slug, revision: $revision, group: $group) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddFeatureGroupDocument,
    "\n  mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {\n    addFeature(slug: $slug, revision: $revision, feature: $feature) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddFeatureDocument,
    "\n  mutation AddPlan($slug: String!, $revision: Int!, $plan: PlanInput!) {\n    addPlan(slug: $slug, revision: $revision, plan: $plan) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddPlanDocument,
    "\n  mutation AddPriority($slug: String!, $revision: Int!, $priority: PriorityInput!) {\n    addPriority(slug: $slug, revision: $revision, priority: $priority) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddPriorityDocument,
    "\n  mutation AddRequestCategory($slug: String!, $revision: Int!, $category: RequestCategoryInput!) {\n    addRequestCategory(slug: $slug, revision: $revision, category: $category) {\n      ...DraftFields\n    }\n  }\n": typeof types.AddRequestCategoryDocument,
    "\n  query AdminCatalogs {\n    adminCatalogs {\n      slug\n      name\n      currency\n      revision\n      publishedVersion\n      hasUnpublishedChanges\n      problemCount\n    }\n  }\n": typeof types.AdminCatalogsDocument,
    "\n  query CatalogAudit($key: String!, $after: String) {\n    auditLog(first: 20, entity: \"catalog\", entityKey: $key, after: $after) {\n      entries {\n        id\n        at\n        actorEmail\n        action\n        summary\n      }\n      nextCursor\n    }\n  }\n": typeof types.CatalogAuditDocument,
    "\n  query CatalogVersions($slug: String!) {\n    catalogVersions(slug: $slug) {\n      number\n      publishedAt\n      publishedBy\n    }\n  }\n": typeof types.CatalogVersionsDocument,
    "\n  query CheckGuaranteeBands($bands: [GuaranteeBandInput!]!) {\n    checkGuaranteeBands(bands: $bands) {\n      path\n      message\n    }\n  }\n": typeof types.CheckGuaranteeBandsDocument,
    "\n  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {\n    createCatalog(slug: $slug, name: $name, currency: $currency) {\n      slug\n    }\n  }\n": typeof types.CreateCatalogDocument,
    "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query DraftChangesSince($slug: String!, $since: Int!) {\n    draftChangesSince(slug: $slug, since: $since) {\n      since\n      revision\n      editedBy\n      changes {\n        area\n        key\n        kind\n        summary\n        before\n        after\n      }\n    }\n  }\n": typeof types.DraftChangesSinceDocument,
    "\n  query DraftChanges($slug: String!, $from: Int!) {\n    catalogDiff(slug: $slug, from: $from) {\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n": typeof types.DraftChangesDocument,
    "\n  fragment DraftFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    document\n    problems {\n      path\n      message\n      warning\n    }\n    preview {\n      features {\n        key\n        source {\n          summary\n        }\n        cells {\n          planKey\n          display\n        }\n      }\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  query Draft($slug: String!) {\n    catalogDraft(slug: $slug) {\n      ...DraftFields\n      ...PublishPanelFields\n      ...QuoteTermsFields\n    }\n  }\n": typeof types.DraftDocument,
    "\n  query ExportCatalog($slug: String!, $version: Int) {\n    exportCatalog(slug: $slug, version: $version)\n  }\n": typeof types.ExportCatalogDocument,
    "\n  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {\n    importCatalog(document: $document, slug: $slug, publish: $publish) {\n      slug\n      publishedVersion\n    }\n  }\n": typeof types.ImportCatalogDocument,
    "\n  mutation MoveExclusion($slug: String!, $revision: Int!, $index: Int!, $position: Int!) {\n    moveExclusion(slug: $slug, revision: $revision, index: $index, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MoveExclusionDocument,
    "\n  mutation MoveFeatureGroup($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeatureGroup(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MoveFeatureGroupDocument,
    "\n  mutation MoveFeature($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeature(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MoveFeatureDocument,
    "\n  mutation MovePlan($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePlan(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MovePlanDocument,
    "\n  mutation MovePriority($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePriority(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MovePriorityDocument,
    "\n  mutation MoveRequestCategory($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveRequestCategory(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": typeof types.MoveRequestCategoryDocument,
    "\n  query Outbox($after: String, $first: Int!) {\n    outbox(after: $after, first: $first) {\n      messages {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        status\n        attempts\n        nextAttemptAt\n        lastError\n      }\n      nextCursor\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query PreviewCalendar($input: CalendarPreviewInput!) {\n    previewCalendar(input: $input) {\n      summary\n      problems {\n        path\n        message\n      }\n    }\n  }\n": typeof types.PreviewCalendarDocument,
    "\n  fragment PublishPanelFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    nextVersion\n    canPublish\n    problems {\n      path\n      message\n      warning\n    }\n  }\n": typeof types.PublishPanelFieldsFragmentDoc,
    "\n  mutation Publish($slug: String!, $revision: Int!) {\n    publishCatalog(slug: $slug, revision: $revision) {\n      slug\n      publishedVersion\n    }\n  }\n": typeof types.PublishDocument,
    "\n  fragment QuoteTermsFields on CatalogDraft {\n    discountApprovalThreshold\n    defaultValidityDays\n  }\n": typeof types.QuoteTermsFieldsFragmentDoc,
    "\n  mutation RemoveExclusion($slug: String!, $revision: Int!, $index: Int!) {\n    removeExclusion(slug: $slug, revision: $revision, index: $index) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemoveExclusionDocument,
    "\n  mutation RemoveFeatureGroup($slug: String!, $revision: Int!, $key: String!) {\n    removeFeatureGroup(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemoveFeatureGroupDocument,
    "\n  mutation RemoveFeature($slug: String!, $revision: Int!, $key: String!) {\n    removeFeature(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemoveFeatureDocument,
    "\n  mutation RemovePlan($slug: String!, $revision: Int!, $key: String!) {\n    removePlan(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemovePlanDocument,
    "\n  mutation RemovePriority($slug: String!, $revision: Int!, $key: String!) {\n    removePriority(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemovePriorityDocument,
    "\n  mutation RemoveRequestCategory($slug: String!, $revision: Int!, $key: String!) {\n    removeRequestCategory(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": typeof types.RemoveRequestCategoryDocument,
    "\n  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {\n    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {\n      slug\n      revision\n    }\n  }\n": typeof types.ReplaceDraftDocument,
    "\n  mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {\n    setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) {\n      ...DraftFields\n    }\n  }\n": typeof types.SetCellDocument,
    "\n  mutation SetGuaranteeBands($slug: String!, $revision: Int!, $bands: [GuaranteeBandInput!]!) {\n    setGuaranteeBands(slug: $slug, revision: $revision, bands: $bands) {\n      ...DraftFields\n    }\n  }\n": typeof types.SetGuaranteeBandsDocument,
    "\n  mutation SetLicenseEditions($slug: String!, $revision: Int!, $editions: [LicenseEditionInput!]!) {\n    setLicenseEditions(slug: $slug, revision: $revision, editions: $editions) {\n      ...DraftFields\n    }\n  }\n": typeof types.SetLicenseEditionsDocument,
    "\n  query AdminSettings {\n    settings {\n      timeZone\n      instantQuoteOwnerId\n    }\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.AdminSettingsDocument,
    "\n  mutation UpdateCatalogInfo($slug: String!, $revision: Int!, $info: CatalogInfoInput!) {\n    updateCatalogInfo(slug: $slug, revision: $revision, info: $info) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateCatalogInfoDocument,
    "\n  mutation UpdateExclusion($slug: String!, $revision: Int!, $index: Int!, $exclusion: ExclusionInput!) {\n    updateExclusion(slug: $slug, revision: $revision, index: $index, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateExclusionDocument,
    "\n  mutation UpdateFeature($slug: String!, $revision: Int!, $key: String!, $feature: FeatureInput!) {\n    updateFeature(slug: $slug, revision: $revision, key: $key, feature: $feature) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateFeatureDocument,
    "\n  mutation UpdatePlan($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {\n    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation UpdatePriority($slug: String!, $revision: Int!, $key: String!, $priority: PriorityInput!) {\n    updatePriority(slug: $slug, revision: $revision, key: $key, priority: $priority) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdatePriorityDocument,
    "\n  mutation UpdateRequestCategory($slug: String!, $revision: Int!, $key: String!, $category: RequestCategoryInput!) {\n    updateRequestCategory(slug: $slug, revision: $revision, key: $key, category: $category) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateRequestCategoryDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      timeZone\n      instantQuoteOwnerId\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  mutation UpdateUser($id: ID!, $changes: UserChangesInput!) {\n    updateUser(id: $id, changes: $changes) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int) {\n    catalogDiff(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n": typeof types.VersionDiffDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": typeof types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AddExclusion($slug: String!, $revision: Int!, $exclusion: ExclusionInput!) {\n    addExclusion(slug: $slug, revision: $revision, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n": types.AddExclusionDocument,
    "\n  mutation AddFeatureGroup($slug: String!, $revision: Int!, $group: FeatureGroupInput!) {\n    addFeatureGroup(slug: $slug, revision: $revision, group: $group) {\n      ...DraftFields\n    }\n  }\n": types.AddFeatureGroupDocument,
    "\n  mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {\n    addFeature(slug: $slug, revision: $revision, feature: $feature) {\n      ...DraftFields\n    }\n  }\n": types.AddFeatureDocument,
    "\n  mutation AddPlan($slug: String!, $revision: Int!, $plan: PlanInput!) {\n    addPlan(slug: $slug, revision: $revision, plan: $plan) {\n      ...DraftFields\n    }\n  }\n": types.AddPlanDocument,
    "\n  mutation AddPriority($slug: String!, $revision: Int!, $priority: PriorityInput!) {\n    addPriority(slug: $slug, revision: $revision, priority: $priority) {\n      ...DraftFields\n    }\n  }\n": types.AddPriorityDocument,
    "\n  mutation AddRequestCategory($slug: String!, $revision: Int!, $category: RequestCategoryInput!) {\n    addRequestCategory(slug: $slug, revision: $revision, category: $category) {\n      ...DraftFields\n    }\n  }\n": types.AddRequestCategoryDocument,
    "\n  query AdminCatalogs {\n    adminCatalogs {\n      slug\n      name\n      currency\n      revision\n      publishedVersion\n      hasUnpublishedChanges\n      problemCount\n    }\n  }\n": types.AdminCatalogsDocument,
    "\n  query CatalogAudit($key: String!, $after: String) {\n    auditLog(first: 20, entity: \"catalog\", entityKey: $key, after: $after) {\n      entries {\n        id\n        at\n        actorEmail\n        action\n        summary\n      }\n      nextCursor\n    }\n  }\n": types.CatalogAuditDocument,
    "\n  query CatalogVersions($slug: String!) {\n    catalogVersions(slug: $slug) {\n      number\n      publishedAt\n      publishedBy\n    }\n  }\n": types.CatalogVersionsDocument,
    "\n  query CheckGuaranteeBands($bands: [GuaranteeBandInput!]!) {\n    checkGuaranteeBands(bands: $bands) {\n      path\n      message\n    }\n  }\n": types.CheckGuaranteeBandsDocument,
    "\n  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {\n    createCatalog(slug: $slug, name: $name, currency: $currency) {\n      slug\n    }\n  }\n": types.CreateCatalogDocument,
    "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  query DraftChangesSince($slug: String!, $since: Int!) {\n    draftChangesSince(slug: $slug, since: $since) {\n      since\n      revision\n      editedBy\n      changes {\n        area\n        key\n        kind\n        summary\n        before\n        after\n      }\n    }\n  }\n": types.DraftChangesSinceDocument,
    "\n  query DraftChanges($slug: String!, $from: Int!) {\n    catalogDiff(slug: $slug, from: $from) {\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n": types.DraftChangesDocument,
    "\n  fragment DraftFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    document\n    problems {\n      path\n      message\n      warning\n    }\n    preview {\n      features {\n        key\n        source {\n          summary\n        }\n        cells {\n          planKey\n          display\n        }\n      }\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  query Draft($slug: String!) {\n    catalogDraft(slug: $slug) {\n      ...DraftFields\n      ...PublishPanelFields\n      ...QuoteTermsFields\n    }\n  }\n": types.DraftDocument,
    "\n  query ExportCatalog($slug: String!, $version: Int) {\n    exportCatalog(slug: $slug, version: $version)\n  }\n": types.ExportCatalogDocument,
    "\n  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {\n    importCatalog(document: $document, slug: $slug, publish: $publish) {\n      slug\n      publishedVersion\n    }\n  }\n": types.ImportCatalogDocument,
    "\n  mutation MoveExclusion($slug: String!, $revision: Int!, $index: Int!, $position: Int!) {\n    moveExclusion(slug: $slug, revision: $revision, index: $index, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MoveExclusionDocument,
    "\n  mutation MoveFeatureGroup($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeatureGroup(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MoveFeatureGroupDocument,
    "\n  mutation MoveFeature($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeature(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MoveFeatureDocument,
    "\n  mutation MovePlan($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePlan(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MovePlanDocument,
    "\n  mutation MovePriority($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePriority(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MovePriorityDocument,
    "\n  mutation MoveRequestCategory($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveRequestCategory(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n": types.MoveRequestCategoryDocument,
    "\n  query Outbox($after: String, $first: Int!) {\n    outbox(after: $after, first: $first) {\n      messages {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        status\n        attempts\n        nextAttemptAt\n        lastError\n      }\n      nextCursor\n    }\n  }\n": types.OutboxDocument,
    "\n  query PreviewCalendar($input: CalendarPreviewInput!) {\n    previewCalendar(input: $input) {\n      summary\n      problems {\n        path\n        message\n      }\n    }\n  }\n": types.PreviewCalendarDocument,
    "\n  fragment PublishPanelFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    nextVersion\n    canPublish\n    problems {\n      path\n      message\n      warning\n    }\n  }\n": types.PublishPanelFieldsFragmentDoc,
    "\n  mutation Publish($slug: String!, $revision: Int!) {\n    publishCatalog(slug: $slug, revision: $revision) {\n      slug\n      publishedVersion\n    }\n  }\n": types.PublishDocument,
    "\n  fragment QuoteTermsFields on CatalogDraft {\n    discountApprovalThreshold\n    defaultValidityDays\n  }\n": types.QuoteTermsFieldsFragmentDoc,
    "\n  mutation RemoveExclusion($slug: String!, $revision: Int!, $index: Int!) {\n    removeExclusion(slug: $slug, revision: $revision, index: $index) {\n      ...DraftFields\n    }\n  }\n": types.RemoveExclusionDocument,
    "\n  mutation RemoveFeatureGroup($slug: String!, $revision: Int!, $key: String!) {\n    removeFeatureGroup(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": types.RemoveFeatureGroupDocument,
    "\n  mutation RemoveFeature($slug: String!, $revision: Int!, $key: String!) {\n    removeFeature(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": types.RemoveFeatureDocument,
    "\n  mutation RemovePlan($slug: String!, $revision: Int!, $key: String!) {\n    removePlan(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": types.RemovePlanDocument,
    "\n  mutation RemovePriority($slug: String!, $revision: Int!, $key: String!) {\n    removePriority(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": types.RemovePriorityDocument,
    "\n  mutation RemoveRequestCategory($slug: String!, $revision: Int!, $key: String!) {\n    removeRequestCategory(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n": types.RemoveRequestCategoryDocument,
    "\n  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {\n    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {\n      slug\n      revision\n    }\n  }\n": types.ReplaceDraftDocument,
    "\n  mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {\n    setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) {\n      ...DraftFields\n    }\n  }\n": types.SetCellDocument,
    "\n  mutation SetGuaranteeBands($slug: String!, $revision: Int!, $bands: [GuaranteeBandInput!]!) {\n    setGuaranteeBands(slug: $slug, revision: $revision, bands: $bands) {\n      ...DraftFields\n    }\n  }\n": types.SetGuaranteeBandsDocument,
    "\n  mutation SetLicenseEditions($slug: String!, $revision: Int!, $editions: [LicenseEditionInput!]!) {\n    setLicenseEditions(slug: $slug, revision: $revision, editions: $editions) {\n      ...DraftFields\n    }\n  }\n": types.SetLicenseEditionsDocument,
    "\n  query AdminSettings {\n    settings {\n      timeZone\n      instantQuoteOwnerId\n    }\n    users {\n      ...UserFields\n    }\n  }\n": types.AdminSettingsDocument,
    "\n  mutation UpdateCatalogInfo($slug: String!, $revision: Int!, $info: CatalogInfoInput!) {\n    updateCatalogInfo(slug: $slug, revision: $revision, info: $info) {\n      ...DraftFields\n    }\n  }\n": types.UpdateCatalogInfoDocument,
    "\n  mutation UpdateExclusion($slug: String!, $revision: Int!, $index: Int!, $exclusion: ExclusionInput!) {\n    updateExclusion(slug: $slug, revision: $revision, index: $index, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n": types.UpdateExclusionDocument,
    "\n  mutation UpdateFeature($slug: String!, $revision: Int!, $key: String!, $feature: FeatureInput!) {\n    updateFeature(slug: $slug, revision: $revision, key: $key, feature: $feature) {\n      ...DraftFields\n    }\n  }\n": types.UpdateFeatureDocument,
    "\n  mutation UpdatePlan($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {\n    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {\n      ...DraftFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation UpdatePriority($slug: String!, $revision: Int!, $key: String!, $priority: PriorityInput!) {\n    updatePriority(slug: $slug, revision: $revision, key: $key, priority: $priority) {\n      ...DraftFields\n    }\n  }\n": types.UpdatePriorityDocument,
    "\n  mutation UpdateRequestCategory($slug: String!, $revision: Int!, $key: String!, $category: RequestCategoryInput!) {\n    updateRequestCategory(slug: $slug, revision: $revision, key: $key, category: $category) {\n      ...DraftFields\n    }\n  }\n": types.UpdateRequestCategoryDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      timeZone\n      instantQuoteOwnerId\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  mutation UpdateUser($id: ID!, $changes: UserChangesInput!) {\n    updateUser(id: $id, changes: $changes) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int) {\n    catalogDiff(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n": types.VersionDiffDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": types.SessionUserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExclusion($slug: String!, $revision: Int!, $exclusion: ExclusionInput!) {\n    addExclusion(slug: $slug, revision: $revision, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddExclusion($slug: String!, $revision: Int!, $exclusion: ExclusionInput!) {\n    addExclusion(slug: $slug, revision: $revision, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeatureGroup($slug: String!, $revision: Int!, $group: FeatureGroupInput!) {\n    addFeatureGroup(slug: $slug, revision: $revision, group: $group) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFeatureGroup($slug: String!, $revision: Int!, $group: FeatureGroupInput!) {\n    addFeatureGroup(slug: $slug, revision: $revision, group: $group) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {\n    addFeature(slug: $slug, revision: $revision, feature: $feature) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {\n    addFeature(slug: $slug, revision: $revision, feature: $feature) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlan($slug: String!, $revision: Int!, $plan: PlanInput!) {\n    addPlan(slug: $slug, revision: $revision, plan: $plan) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlan($slug: String!, $revision: Int!, $plan: PlanInput!) {\n    addPlan(slug: $slug, revision: $revision, plan: $plan) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPriority($slug: String!, $revision: Int!, $priority: PriorityInput!) {\n    addPriority(slug: $slug, revision: $revision, priority: $priority) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPriority($slug: String!, $revision: Int!, $priority: PriorityInput!) {\n    addPriority(slug: $slug, revision: $revision, priority: $priority) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequestCategory($slug: String!, $revision: Int!, $category: RequestCategoryInput!) {\n    addRequestCategory(slug: $slug, revision: $revision, category: $category) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequestCategory($slug: String!, $revision: Int!, $category: RequestCategoryInput!) {\n    addRequestCategory(slug: $slug, revision: $revision, category: $category) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogs {\n    adminCatalogs {\n      slug\n      name\n      currency\n      revision\n      publishedVersion\n      hasUnpublishedChanges\n      problemCount\n    }\n  }\n"): (typeof documents)["\n  query AdminCatalogs {\n    adminCatalogs {\n      slug\n      name\n      currency\n      revision\n      publishedVersion\n      hasUnpublishedChanges\n      problemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogAudit($key: String!, $after: String) {\n    auditLog(first: 20, entity: \"catalog\", entityKey: $key, after: $after) {\n      entries {\n        id\n        at\n        actorEmail\n        action\n        summary\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query CatalogAudit($key: String!, $after: String) {\n    auditLog(first: 20, entity: \"catalog\", entityKey: $key, after: $after) {\n      entries {\n        id\n        at\n        actorEmail\n        action\n        summary\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogVersions($slug: String!) {\n    catalogVersions(slug: $slug) {\n      number\n      publishedAt\n      publishedBy\n    }\n  }\n"): (typeof documents)["\n  query CatalogVersions($slug: String!) {\n    catalogVersions(slug: $slug) {\n      number\n      publishedAt\n      publishedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckGuaranteeBands($bands: [GuaranteeBandInput!]!) {\n    checkGuaranteeBands(bands: $bands) {\n      path\n      message\n    }\n  }\n"): (typeof documents)["\n  query CheckGuaranteeBands($bands: [GuaranteeBandInput!]!) {\n    checkGuaranteeBands(bands: $bands) {\n      path\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {\n    createCatalog(slug: $slug, name: $name, currency: $currency) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {\n    createCatalog(slug: $slug, name: $name, currency: $currency) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: NewUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftChangesSince($slug: String!, $since: Int!) {\n    draftChangesSince(slug: $slug, since: $since) {\n      since\n      revision\n      editedBy\n      changes {\n        area\n        key\n        kind\n        summary\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftChangesSince($slug: String!, $since: Int!) {\n    draftChangesSince(slug: $slug, since: $since) {\n      since\n      revision\n      editedBy\n      changes {\n        area\n        key\n        kind\n        summary\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftChanges($slug: String!, $from: Int!) {\n    catalogDiff(slug: $slug, from: $from) {\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftChanges($slug: String!, $from: Int!) {\n    catalogDiff(slug: $slug, from: $from) {\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    document\n    problems {\n      path\n      message\n      warning\n    }\n    preview {\n      features {\n        key\n        source {\n          summary\n        }\n        cells {\n          planKey\n          display\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DraftFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    document\n    problems {\n      path\n      message\n      warning\n    }\n    preview {\n      features {\n        key\n        source {\n          summary\n        }\n        cells {\n          planKey\n          display\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Draft($slug: String!) {\n    catalogDraft(slug: $slug) {\n      ...DraftFields\n      ...PublishPanelFields\n      ...QuoteTermsFields\n    }\n  }\n"): (typeof documents)["\n  query Draft($slug: String!) {\n    catalogDraft(slug: $slug) {\n      ...DraftFields\n      ...PublishPanelFields\n      ...QuoteTermsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCatalog($slug: String!, $version: Int) {\n    exportCatalog(slug: $slug, version: $version)\n  }\n"): (typeof documents)["\n  query ExportCatalog($slug: String!, $version: Int) {\n    exportCatalog(slug: $slug, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {\n    importCatalog(document: $document, slug: $slug, publish: $publish) {\n      slug\n      publishedVersion\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {\n    importCatalog(document: $document, slug: $slug, publish: $publish) {\n      slug\n      publishedVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveExclusion($slug: String!, $revision: Int!, $index: Int!, $position: Int!) {\n    moveExclusion(slug: $slug, revision: $revision, index: $index, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveExclusion($slug: String!, $revision: Int!, $index: Int!, $position: Int!) {\n    moveExclusion(slug: $slug, revision: $revision, index: $index, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveFeatureGroup($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeatureGroup(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveFeatureGroup($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeatureGroup(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveFeature($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeature(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveFeature($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveFeature(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePlan($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePlan(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MovePlan($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePlan(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePriority($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePriority(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MovePriority($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    movePriority(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveRequestCategory($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveRequestCategory(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveRequestCategory($slug: String!, $revision: Int!, $key: String!, $position: Int!) {\n    moveRequestCategory(slug: $slug, revision: $revision, key: $key, position: $position) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($after: String, $first: Int!) {\n    outbox(after: $after, first: $first) {\n      messages {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        status\n        attempts\n        nextAttemptAt\n        lastError\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Outbox($after: String, $first: Int!) {\n    outbox(after: $after, first: $first) {\n      messages {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        status\n        attempts\n        nextAttemptAt\n        lastError\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCalendar($input: CalendarPreviewInput!) {\n    previewCalendar(input: $input) {\n      summary\n      problems {\n        path\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCalendar($input: CalendarPreviewInput!) {\n    previewCalendar(input: $input) {\n      summary\n      problems {\n        path\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishPanelFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    nextVersion\n    canPublish\n    problems {\n      path\n      message\n      warning\n    }\n  }\n"): (typeof documents)["\n  fragment PublishPanelFields on CatalogDraft {\n    slug\n    revision\n    publishedVersion\n    nextVersion\n    canPublish\n    problems {\n      path\n      message\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Publish($slug: String!, $revision: Int!) {\n    publishCatalog(slug: $slug, revision: $revision) {\n      slug\n      publishedVersion\n    }\n  }\n"): (typeof documents)["\n  mutation Publish($slug: String!, $revision: Int!) {\n    publishCatalog(slug: $slug, revision: $revision) {\n      slug\n      publishedVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteTermsFields on CatalogDraft {\n    discountApprovalThreshold\n    defaultValidityDays\n  }\n"): (typeof documents)["\n  fragment QuoteTermsFields on CatalogDraft {\n    discountApprovalThreshold\n    defaultValidityDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveExclusion($slug: String!, $revision: Int!, $index: Int!) {\n    removeExclusion(slug: $slug, revision: $revision, index: $index) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveExclusion($slug: String!, $revision: Int!, $index: Int!) {\n    removeExclusion(slug: $slug, revision: $revision, index: $index) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeatureGroup($slug: String!, $revision: Int!, $key: String!) {\n    removeFeatureGroup(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFeatureGroup($slug: String!, $revision: Int!, $key: String!) {\n    removeFeatureGroup(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeature($slug: String!, $revision: Int!, $key: String!) {\n    removeFeature(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFeature($slug: String!, $revision: Int!, $key: String!) {\n    removeFeature(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlan($slug: String!, $revision: Int!, $key: String!) {\n    removePlan(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlan($slug: String!, $revision: Int!, $key: String!) {\n    removePlan(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePriority($slug: String!, $revision: Int!, $key: String!) {\n    removePriority(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePriority($slug: String!, $revision: Int!, $key: String!) {\n    removePriority(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRequestCategory($slug: String!, $revision: Int!, $key: String!) {\n    removeRequestCategory(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRequestCategory($slug: String!, $revision: Int!, $key: String!) {\n    removeRequestCategory(slug: $slug, revision: $revision, key: $key) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {\n    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {\n      slug\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {\n    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {\n      slug\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {\n    setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {\n    setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGuaranteeBands($slug: String!, $revision: Int!, $bands: [GuaranteeBandInput!]!) {\n    setGuaranteeBands(slug: $slug, revision: $revision, bands: $bands) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGuaranteeBands($slug: String!, $revision: Int!, $bands: [GuaranteeBandInput!]!) {\n    setGuaranteeBands(slug: $slug, revision: $revision, bands: $bands) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLicenseEditions($slug: String!, $revision: Int!, $editions: [LicenseEditionInput!]!) {\n    setLicenseEditions(slug: $slug, revision: $revision, editions: $editions) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLicenseEditions($slug: String!, $revision: Int!, $editions: [LicenseEditionInput!]!) {\n    setLicenseEditions(slug: $slug, revision: $revision, editions: $editions) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings {\n    settings {\n      timeZone\n      instantQuoteOwnerId\n    }\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminSettings {\n    settings {\n      timeZone\n      instantQuoteOwnerId\n    }\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCatalogInfo($slug: String!, $revision: Int!, $info: CatalogInfoInput!) {\n    updateCatalogInfo(slug: $slug, revision: $revision, info: $info) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCatalogInfo($slug: String!, $revision: Int!, $info: CatalogInfoInput!) {\n    updateCatalogInfo(slug: $slug, revision: $revision, info: $info) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExclusion($slug: String!, $revision: Int!, $index: Int!, $exclusion: ExclusionInput!) {\n    updateExclusion(slug: $slug, revision: $revision, index: $index, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExclusion($slug: String!, $revision: Int!, $index: Int!, $exclusion: ExclusionInput!) {\n    updateExclusion(slug: $slug, revision: $revision, index: $index, exclusion: $exclusion) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeature($slug: String!, $revision: Int!, $key: String!, $feature: FeatureInput!) {\n    updateFeature(slug: $slug, revision: $revision, key: $key, feature: $feature) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeature($slug: String!, $revision: Int!, $key: String!, $feature: FeatureInput!) {\n    updateFeature(slug: $slug, revision: $revision, key: $key, feature: $feature) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {\n    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {\n    updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriority($slug: String!, $revision: Int!, $key: String!, $priority: PriorityInput!) {\n    updatePriority(slug: $slug, revision: $revision, key: $key, priority: $priority) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePriority($slug: String!, $revision: Int!, $key: String!, $priority: PriorityInput!) {\n    updatePriority(slug: $slug, revision: $revision, key: $key, priority: $priority) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequestCategory($slug: String!, $revision: Int!, $key: String!, $category: RequestCategoryInput!) {\n    updateRequestCategory(slug: $slug, revision: $revision, key: $key, category: $category) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequestCategory($slug: String!, $revision: Int!, $key: String!, $category: RequestCategoryInput!) {\n    updateRequestCategory(slug: $slug, revision: $revision, key: $key, category: $category) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      timeZone\n      instantQuoteOwnerId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSettings($input: SettingsInput!) {\n    updateSettings(input: $input) {\n      timeZone\n      instantQuoteOwnerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $changes: UserChangesInput!) {\n    updateUser(id: $id, changes: $changes) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $changes: UserChangesInput!) {\n    updateUser(id: $id, changes: $changes) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionDiff($slug: String!, $from: Int!, $to: Int) {\n    catalogDiff(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query VersionDiff($slug: String!, $from: Int!, $to: Int) {\n    catalogDiff(slug: $slug, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;