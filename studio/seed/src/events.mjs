/**
 * Real events with their real dates, in local time (+07:00). Where only the day is
 * known the event is all-day; where the end is unknown `endsAt` is left out. All are
 * in the past, so the site's "recent events" list is what shows them.
 *
 * `kind` is read from what the fact sheet says each event is. The fact sheet names no
 * organiser, registration link or contact for any of them, so those fields stay empty
 * rather than guessed (the Prime Minister attended the 2022 conference; that does not
 * make his office its organiser). None was cancelled. `relatedNews` links the demo's
 * article about the same event, where there is one.
 */
import { pt } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { S } from "./sources.mjs";

/** A weak reference to the Vietnamese (source) version of a demo article (studio/seed/src/articles.mjs). */
const article = (id) => ({ _type: "reference", _ref: `article-${id}-vi`, _weak: true });

const day = (date) => `${date}T00:00:00+07:00`;
const dayEnd = (date) => `${date}T23:59:59+07:00`;

export const events = [
  {
    id: "investment-conference-2022",
    kind: "investment",
    relatedNews: [article("investment-conference-2022")],
    startsAt: day("2022-07-16"),
    endsAt: dayEnd("2022-07-16"),
    allDay: true,
    sources: [S.eventsCompiled],
    vi: {
      title: "Hội nghị xúc tiến đầu tư tỉnh Hậu Giang 2022",
      slug: "hoi-nghi-xuc-tien-dau-tu-2022",
      venue: "Thành phố Vị Thanh",
      summary:
        "Hội nghị có sự tham dự của Thủ tướng; 12 quyết định đầu tư (19.000 tỷ đồng) được trao và 8 biên bản ghi nhớ (204.649 tỷ đồng) được ký.",
      body: pt("Hội nghị diễn ra ngày 16/7/2022 tại Vị Thanh, trong Năm Doanh nghiệp 2022 của tỉnh.", MERGER.vi),
    },
    en: {
      title: "Hậu Giang investment promotion conference 2022",
      slug: "investment-conference-2022",
      venue: "Vị Thanh city",
      summary:
        "Attended by the Prime Minister; 12 investment decisions (19,000 bn VND) were handed over and 8 MoUs (204,649 bn VND) signed.",
      body: pt(
        "The conference was held on 16 July 2022 in Vị Thanh, during the province’s 2022 Year of Enterprises.",
        MERGER.en,
      ),
    },
  },
  {
    id: "mekong-delta-marathon-2023",
    kind: "sport",
    startsAt: day("2023-07-15"),
    endsAt: dayEnd("2023-07-16"),
    allDay: true,
    sources: [S.eventsCompiled],
    vi: {
      title: "Mekong Delta Marathon Hậu Giang 2023",
      slug: "marathon-mekong-delta-2023",
      summary: "Giải chạy ngày 15–16/7/2023 với khoảng 9.000 vận động viên.",
      body: pt("Trước đó giải đã được tổ chức vào ngày 21/4/2019 và 19/4/2020.", MERGER.vi),
    },
    en: {
      title: "Mekong Delta Marathon Hậu Giang 2023",
      slug: "mekong-delta-marathon-2023",
      summary: "The race on 15–16 July 2023 drew about 9,000 runners.",
      body: pt("Earlier editions were run on 21 April 2019 and 19 April 2020.", MERGER.en),
    },
  },
  {
    id: "ao-ba-ba-festival-2023",
    kind: "culture",
    relatedNews: [article("ao-ba-ba-festival-2023")],
    startsAt: day("2023-09-29"),
    allDay: true,
    sources: [S.eventsCompiled],
    vi: {
      title: "Lễ hội áo bà ba “Nụ cười Hậu Giang”",
      slug: "le-hoi-ao-ba-ba-2023",
      venue: "Công viên Hồ Sen, thành phố Vị Thanh",
      summary: "Lễ hội tôn vinh chiếc áo bà ba, khai mạc ngày 29/9/2023.",
      body: pt("Lễ hội khai mạc ngày 29/9/2023 tại công viên Hồ Sen.", MERGER.vi),
    },
    en: {
      title: "Áo bà ba festival “Nụ cười Hậu Giang”",
      slug: "ao-ba-ba-festival-2023",
      venue: "Hồ Sen park, Vị Thanh city",
      summary: "A festival celebrating the áo bà ba blouse, opened on 29 September 2023.",
      body: pt("The festival opened on 29 September 2023 in Hồ Sen park.", MERGER.en),
    },
  },
  {
    id: "international-rice-festival-2023",
    kind: "culture",
    relatedNews: [article("international-rice-festival-2023")],
    startsAt: day("2023-12-11"),
    endsAt: dayEnd("2023-12-15"),
    allDay: true,
    sources: [S.riceTV, S.riceVOV],
    vi: {
      title: "Festival quốc tế Lúa gạo “Hành trình trăm năm lúa gạo Việt”",
      slug: "festival-lua-gao-quoc-te-2023",
      venue: "Thành phố Vị Thanh; khai mạc tại Quảng trường Hòa Bình",
      summary: "Festival quốc tế về lúa gạo từ 11 đến 15/12/2023 tại Vị Thanh.",
      body: pt("Lễ khai mạc lúc 20 giờ ngày 12/12/2023 tại Quảng trường Hòa Bình.", MERGER.vi),
    },
    en: {
      title: "International Rice Festival “A century-long journey of Vietnamese rice”",
      slug: "international-rice-festival-2023",
      venue: "Vị Thanh city; opening in Hòa Bình square",
      summary: "An international rice festival in Vị Thanh from 11 to 15 December 2023.",
      body: pt("The opening ceremony was at 8 pm on 12 December 2023 in Hòa Bình square.", MERGER.en),
    },
  },
  {
    id: "nga-bay-day-2024",
    kind: "tourism",
    relatedNews: [article("nga-bay-day-2024")],
    startsAt: day("2024-06-28"),
    endsAt: dayEnd("2024-06-29"),
    allDay: true,
    sources: [S.eventsCompiled],
    vi: {
      title: "Ngày hội du lịch và đầu tư Ngã Bảy “Những dòng sông nhớ”",
      slug: "ngay-hoi-nga-bay-2024",
      venue: "Thành phố Ngã Bảy",
      summary: "Hai ngày giới thiệu du lịch và cơ hội đầu tư của Ngã Bảy, 28–29/6/2024.",
      body: pt(MERGER.vi),
    },
    en: {
      title: "Ngã Bảy tourism and investment day “Những dòng sông nhớ”",
      slug: "nga-bay-tourism-investment-day-2024",
      venue: "Ngã Bảy city",
      summary: "Two days presenting Ngã Bảy’s tourism and investment opportunities, 28–29 June 2024.",
      body: pt(MERGER.en),
    },
  },
  {
    id: "mekong-delta-marathon-2025",
    kind: "sport",
    startsAt: day("2025-07-05"),
    endsAt: dayEnd("2025-07-06"),
    allDay: true,
    sources: [S.eventsCompiled],
    vi: {
      title: "Mekong Delta Marathon Hậu Giang lần thứ 6",
      slug: "marathon-mekong-delta-2025",
      summary: "Lần tổ chức thứ 6 của giải chạy, ngày 5–6/7/2025.",
      body: pt(MERGER.vi),
    },
    en: {
      title: "Sixth Mekong Delta Marathon Hậu Giang",
      slug: "mekong-delta-marathon-2025",
      summary: "The sixth edition of the race, on 5–6 July 2025.",
      body: pt(MERGER.en),
    },
  },
];
