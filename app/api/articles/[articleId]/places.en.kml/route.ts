import { articleStaticParams } from '@/app/_lib/http/articleRoute';
import { classroomFileRoute } from '@/app/_lib/classroom/fileRoute';

export const dynamic = 'force-static';
export const generateStaticParams = articleStaticParams;
export const GET = classroomFileRoute('places.en.kml');
