// The series an event belongs to, from its title (then categories and tags): SOFAMeetup, SOFAChannel,
// Service Mesh Meetup, Service Mesh Webinar, 云原生社区 Meetup, SOFALab…
const SERIES: Array<[RegExp, string]> = [
  [/SOFA\s*Channel/i, 'SOFAChannel'],
  [/SOFA(?:Stack)?\s*(?:x\s*\w+\s*)?Meetup/i, 'SOFAMeetup'],
  [/Service\s*Mesh\s*Webinar/i, 'Service Mesh Webinar'],
  [/Service\s*Mesh\s*Meetup/i, 'Service Mesh Meetup'],
  [/云原生社区\s*meetup|Cloud\s*Native\s*Meetup/i, '云原生社区 Meetup'],
  [/SOFA\s*Lab|SOFA:\w*Lab/i, 'SOFALab'],
];

export function seriesOf(title: string | null, more: string[]): string | null {
  for (const text of [title ?? '', ...more]) {
    for (const [re, name] of SERIES) if (re.test(text)) return name;
  }
  return null;
}
